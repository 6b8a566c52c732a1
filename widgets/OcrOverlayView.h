#pragma once

#include "OcrTextBox.h"
#include "ReadingDiff.h"

#include <QImage>
#include <QList>
#include <QWidget>

class OcrBoxCanvas;
class QLabel;

// OCR boxes over an image (text and confidence, coloured by confidence) and, below, the
// reading before and after restoration aligned character by character with the changes
// highlighted: substitutions amber, insertions green, deletions red.
class OcrOverlayView : public QWidget
{
    Q_OBJECT

public:
    explicit OcrOverlayView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void setBoxes(const QList<OcrTextBox> &boxes);
    const QList<OcrTextBox> &boxes() const;
    // Either may be empty (e.g. no restoration yet).
    void setReadings(const QString &before, const QString &after);
    const ReadingDiff &readingDiff() const;

    int selectedBox() const;
    void setSelectedBox(int index);

    // The aligned rows as shown (rich text); for checks and export.
    QString beforeRowHtml() const;
    QString afterRowHtml() const;
    QString summaryText() const;

    static QColor substitutionColour();
    static QColor insertionColour();
    static QColor deletionColour();

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void boxSelected(int index); // -1 when the selection is cleared

private:
    void showDiff();

    OcrBoxCanvas *m_canvas = nullptr;
    QLabel *m_beforeRow = nullptr;
    QLabel *m_afterRow = nullptr;
    QLabel *m_summary = nullptr;
    ReadingDiff m_diff;
};
