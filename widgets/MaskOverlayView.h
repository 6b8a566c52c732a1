#pragma once

#include "CharacterMask.h"

#include <QImage>
#include <QList>
#include <QStringList>
#include <QWidget>

class MaskOverlayCanvas;
class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;

// A crop with masks over it: the line mask as a heat map and one distinctly coloured mask
// per character (labelled, e.g. "a 0.93", at its centroid), with an opacity slider, toggles
// for the two layers, and a legend. Masks of another size than the crop are stretched over
// it. Whoever fills it may offer several sources of masks (e.g. a training-free extractor and
// a model's prediction) in a selector; the view only reports which one is chosen.
class MaskOverlayView : public QWidget
{
    Q_OBJECT

public:
    explicit MaskOverlayView(QWidget *parent = nullptr);

    void setImage(const QImage &crop);
    void setLineMask(const QImage &mask);                        // Grayscale8 0..255
    void setCharacterMasks(const QList<CharacterMask> &masks);    // colours follow list order
    // Shown instead of the crop while there is no image.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const;

    // The selector of mask sources; hidden while fewer than two names are set.
    void setSources(const QStringList &names);
    QStringList sources() const;
    int currentSource() const; // -1 without sources
    int characterCount() const;

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
    void setCurrentSource(int index);

Q_SIGNALS:
    void opacityChanged(double opacity);
    void lineLayerToggled(bool visible);
    void characterLayerToggled(bool visible);
    void sourceChanged(int index);
    void shown(); // became visible: a good moment to compute what it shows

protected:
    void showEvent(QShowEvent *event) override;

private:
    MaskOverlayCanvas *m_canvas = nullptr;
    QSlider *m_opacity = nullptr;
    QCheckBox *m_lineToggle = nullptr;
    QCheckBox *m_characterToggle = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QComboBox *m_source = nullptr;
    int m_characterCount = 0;
};
