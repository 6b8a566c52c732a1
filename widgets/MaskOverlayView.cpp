#include "MaskOverlayView.h"

#include "MaskOverlayCanvas.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

MaskOverlayView::MaskOverlayView(QWidget *parent)
    : QWidget(parent)
{
    m_canvas = new MaskOverlayCanvas(this);
    m_canvas->setObjectName(QStringLiteral("maskCanvas"));
    m_canvas->setToolTip(tr("The crop with the line mask (heat map) and the character masks "
                            "(one colour per character) blended over it"));

    m_lineToggle = new QCheckBox(tr("&Line mask"), this);
    m_lineToggle->setObjectName(QStringLiteral("lineToggle"));
    m_lineToggle->setChecked(true);
    m_lineToggle->setToolTip(tr("Show where the model thinks the text line is"));
    m_characterToggle = new QCheckBox(tr("&Characters"), this);
    m_characterToggle->setObjectName(QStringLiteral("characterToggle"));
    m_characterToggle->setChecked(true);
    m_characterToggle->setToolTip(tr("Show one coloured mask per character, labelled with what it was read as"));

    m_sourceLabel = new QLabel(tr("&Masks:"), this);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("maskSourceCombo"));
    m_source->setToolTip(tr("Where the masks come from"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sourceLabel->setBuddy(m_source);
    m_sourceLabel->hide();
    m_source->hide();
    connect(m_source, &QComboBox::currentIndexChanged, this, &MaskOverlayView::sourceChanged);

    auto *opacityLabel = new QLabel(tr("&Opacity"), this);
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setObjectName(QStringLiteral("opacitySlider"));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(60);
    m_opacity->setPageStep(10);
    m_opacity->setToolTip(tr("How strongly the masks cover the crop"));
    m_opacity->setMinimumWidth(90); // never squeezed out by a long source name
    m_opacity->setAccessibleName(tr("Mask opacity"));
    opacityLabel->setBuddy(m_opacity);

    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        m_canvas->setOpacity(value / 100.0);
        Q_EMIT opacityChanged(value / 100.0);
    });
    connect(m_lineToggle, &QCheckBox::toggled, this, [this](bool on) {
        m_canvas->setLineLayerVisible(on);
        Q_EMIT lineLayerToggled(on);
    });
    connect(m_characterToggle, &QCheckBox::toggled, this, [this](bool on) {
        m_canvas->setCharacterLayerVisible(on);
        Q_EMIT characterLayerToggled(on);
    });

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_sourceLabel);
    controls->addWidget(m_source);
    controls->addSpacing(12);
    controls->addWidget(m_lineToggle);
    controls->addWidget(m_characterToggle);
    controls->addSpacing(12);
    controls->addWidget(opacityLabel);
    controls->addWidget(m_opacity, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_canvas, 1);
}

void MaskOverlayView::setImage(const QImage &crop)
{
    m_canvas->setImage(crop);
}

void MaskOverlayView::setLineMask(const QImage &mask)
{
    m_canvas->setLineMask(mask);
}

void MaskOverlayView::setCharacterMasks(const QList<CharacterMask> &masks)
{
    m_characterCount = int(masks.size());
    m_canvas->setCharacterMasks(masks);
}

void MaskOverlayView::setPlaceholderText(const QString &text)
{
    m_canvas->setPlaceholderText(text);
}

QString MaskOverlayView::placeholderText() const
{
    return m_canvas->placeholderText();
}

void MaskOverlayView::setSources(const QStringList &names)
{
    const QSignalBlocker blocker(m_source);
    const int previous = m_source->currentIndex();
    m_source->clear();
    m_source->addItems(names);
    if (!names.isEmpty())
        m_source->setCurrentIndex(std::clamp(previous, 0, int(names.size()) - 1));
    const bool choice = names.size() >= 2;
    m_sourceLabel->setVisible(choice);
    m_source->setVisible(choice);
}

QStringList MaskOverlayView::sources() const
{
    QStringList names;
    for (int i = 0; i < m_source->count(); ++i)
        names << m_source->itemText(i);
    return names;
}

int MaskOverlayView::currentSource() const
{
    return m_source->currentIndex();
}

void MaskOverlayView::setCurrentSource(int index)
{
    if (index >= 0 && index < m_source->count())
        m_source->setCurrentIndex(index);
}

int MaskOverlayView::characterCount() const
{
    return m_characterCount;
}

void MaskOverlayView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    Q_EMIT shown();
}

double MaskOverlayView::opacity() const
{
    return m_opacity->value() / 100.0;
}

bool MaskOverlayView::isLineLayerVisible() const
{
    return m_lineToggle->isChecked();
}

bool MaskOverlayView::isCharacterLayerVisible() const
{
    return m_characterToggle->isChecked();
}

QImage MaskOverlayView::composite() const
{
    return m_canvas->composite();
}

QPointF MaskOverlayView::characterCentroid(int index) const
{
    return m_canvas->characterCentroid(index);
}

QString MaskOverlayView::message() const
{
    return m_canvas->message();
}

void MaskOverlayView::clear()
{
    m_canvas->setImage(QImage());
    m_canvas->setLineMask(QImage());
    m_canvas->setCharacterMasks({});
    m_characterCount = 0;
}

void MaskOverlayView::setOpacity(double opacity)
{
    if (std::isfinite(opacity))
        m_opacity->setValue(int(std::lround(std::clamp(opacity, 0.0, 1.0) * 100)));
}

void MaskOverlayView::setLineLayerVisible(bool visible)
{
    m_lineToggle->setChecked(visible);
}

void MaskOverlayView::setCharacterLayerVisible(bool visible)
{
    m_characterToggle->setChecked(visible);
}
