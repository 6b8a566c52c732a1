#pragma once

#include "CharacterMask.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QWidget>

// Paints a crop with its masks blended over it: the line mask as a heat map, each character
// mask in its own colour with its label at the mask's centroid, and a legend below.
// The blend is computed once per change at the crop's resolution, then only scaled.
class MaskOverlayCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit MaskOverlayCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void setLineMask(const QImage &mask);
    void setCharacterMasks(const QList<CharacterMask> &masks);
    void setOpacity(double opacity);
    void setLineLayerVisible(bool visible);
    void setCharacterLayerVisible(bool visible);
    // What the canvas says while it has no image (e.g. why there are no masks to show).
    void setPlaceholderText(const QString &text);
    QString placeholderText() const;

    // The crop with the visible layers blended in, at the crop's size (ARGB32).
    QImage composite() const;
    // Centroid of character mask `index` in crop pixels; null point when the mask is empty.
    QPointF characterCentroid(int index) const;
    QString message() const; // why a mask was ignored, or empty

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage fittedMask(const QImage &mask, QString *problem) const;
    void rebuild();

    QImage m_image;
    QImage m_lineMaskInput;
    QList<CharacterMask> m_characterInput;
    QImage m_lineMask;            // Grayscale8, crop size
    QList<QImage> m_characterMasks; // Grayscale8, crop size
    QList<QPointF> m_centroids;
    double m_opacity = 0.6;
    bool m_lineVisible = true;
    bool m_charactersVisible = true;
    QImage m_composite;
    QString m_message;
    QString m_placeholder;
};
