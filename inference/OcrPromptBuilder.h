#pragma once

#include "OcrTextBox.h"
#include "TextCondition.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRect>
#include <QSizeF>
#include <QString>

// Turns the OCR boxes of a low-resolution tile into GLYPH-SR's text-branch condition
// (TextCondition): the glyph image at the high-resolution tile size, the text–position
// prompts and the character classes. A box is fitted, ink and all, into its quadrilateral
// scaled to HR (so rotated text stays rotated; a quad much taller than wide is read top to
// bottom, as PpOcrEngine reads it); the part outside the tile is cut off, and the
// prompt's position word comes from the centre of the part inside. Boxes without text, below
// the minimum confidence or wholly outside the tile are left out.
// Needs a QGuiApplication (fonts are loaded through QRawFont). build() may run on any thread.
class OcrPromptBuilder
{
    Q_DECLARE_TR_FUNCTIONS(OcrPromptBuilder)

public:
    // An empty fontFile means defaultFontFile(). Throws std::runtime_error with a readable
    // message when there is no font, it cannot be loaded or it is one of the evaluation fonts
    // (URW base-35, TeX Gyre), which the methods never see.
    explicit OcrPromptBuilder(const QString &fontFile = QString());

    // A plain sans from FontCatalog's training fonts (DejaVu Sans, Liberation Sans, Noto Sans,
    // ... whichever is installed first); empty, with *error saying why, if there is none.
    static QString defaultFontFile(QString *error = nullptr);

    QString fontFile() const { return m_fontFile; }
    void setMinimumConfidence(double confidence) { m_minimumConfidence = confidence; }
    double minimumConfidence() const { return m_minimumConfidence; }
    // At most this many boxes (the most confident ones, in the OCR's order); 16 by default,
    // negative for no limit.
    void setMaximumBoxes(int count) { m_maximumBoxes = count; }
    int maximumBoxes() const { return m_maximumBoxes; }

    // `boxes` are in the same coordinates as `lowResolutionTile` (for boxes read on the tile
    // itself, QRect(0, 0, w, h)); the condition is at lowResolutionTile.size() × scale.
    // Throws std::invalid_argument for an empty tile or a scale below 1.
    TextCondition build(const QList<OcrTextBox> &boxes, const QRect &lowResolutionTile, int scale) const;

    // "top left", "top center", ..., "center", ..., "bottom right": where `point` lies in
    // thirds of an area of `size`.
    static QString positionPhrase(const QPointF &point, const QSizeF &size);
    // "\"HSBC\" appears at the top left of the image".
    static QString prompt(const QString &text, const QString &position);

private:
    QString m_fontFile;
    double m_minimumConfidence = 0.0;
    int m_maximumBoxes = 16;
};
