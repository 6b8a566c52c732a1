#pragma once

#include "CharacterMask.h"

#include <QImage>
#include <QList>
#include <QWidget>

class MaskOverlayCanvas;
class QCheckBox;
class QSlider;

// A crop with the model's masks over it: the line mask as a heat map and one distinctly
// coloured mask per character (labelled, e.g. "a 0.93", at its centroid), with an opacity
// slider, toggles for the two layers, and a legend. Masks of another size than the crop
// are stretched over it.
class MaskOverlayView : public QWidget
{
    Q_OBJECT

public:
    explicit MaskOverlayView(QWidget *parent = nullptr);

    void setImage(const QImage &crop);
    void setLineMask(const QImage &mask);                        // Grayscale8 0..255
    void setCharacterMasks(const QList<CharacterMask> &masks);    // colours follow list order

    double opacity() const; // 0..1
    bool isLineLayerVisible() const;
    bool isCharacterLayerVisible() const;

    // What is on screen, at the crop's resolution: for export and checks.
    QImage composite() const;
    QPointF characterCentroid(int index) const;
    QString message() const;

public Q_SLOTS:
    void clear();
    void setOpacity(double opacity);
    void setLineLayerVisible(bool visible);
    void setCharacterLayerVisible(bool visible);

Q_SIGNALS:
    void opacityChanged(double opacity);
    void lineLayerToggled(bool visible);
    void characterLayerToggled(bool visible);

private:
    MaskOverlayCanvas *m_canvas = nullptr;
    QSlider *m_opacity = nullptr;
    QCheckBox *m_lineToggle = nullptr;
    QCheckBox *m_characterToggle = nullptr;
};
