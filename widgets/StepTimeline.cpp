#include "StepTimeline.h"

#include "ColorMaps.h"
#include "ImagePanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

QImage makeThumbnail(const QImage &image)
{
    const QSize box(StepTimeline::kThumbnailWidth, StepTimeline::kThumbnailHeight);
    QImage thumb(box, QImage::Format_ARGB32_Premultiplied);
    thumb.fill(Qt::transparent);
    if (image.isNull())
        return thumb;
    // Downscale once, here; the strip then only ever paints these small copies.
    const QImage scaled = image.width() > box.width() || image.height() > box.height()
        ? image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : image;
    return scaled.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

QToolButton *makeButton(QWidget *parent, QStyle::StandardPixmap icon, const QString &toolTip,
                        const QString &objectName)
{
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    return button;
}

QString formatValue(const QVariant &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok ? QString::number(number, 'g', 3) : value.toString();
}

} // namespace

StepTimeline::StepTimeline(QWidget *parent)
    : QWidget(parent)
{
    m_image = new ImagePanel(this);
    m_image->setObjectName(QStringLiteral("stepImage"));
    m_image->setPlaceholderText(tr("No run yet"));
    m_image->setToolTip(tr("The current estimate (x̂₀) of the selected step"));

    m_strip = new QListWidget(this);
    m_strip->setObjectName(QStringLiteral("thumbnailStrip"));
    m_strip->setViewMode(QListView::IconMode);
    m_strip->setFlow(QListView::LeftToRight);
    m_strip->setWrapping(false);
    m_strip->setMovement(QListView::Static);
    m_strip->setUniformItemSizes(true);
    m_strip->setIconSize(QSize(kThumbnailWidth, kThumbnailHeight));
    m_strip->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_strip->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_strip->setFixedHeight(kThumbnailHeight + m_strip->fontMetrics().height() + 32);
    m_strip->setToolTip(tr("Every step of the run; click one to show it"));
    connect(m_strip, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            navigate(row);
    });

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("stepSlider"));
    m_slider->setToolTip(tr("Step of the run (Left/Right, Home/End)"));
    m_slider->setAccessibleName(tr("Step"));
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (value != m_current)
            navigate(value);
    });

    m_firstButton = makeButton(this, QStyle::SP_MediaSkipBackward, tr("First step (Home)"),
                               QStringLiteral("firstButton"));
    m_previousButton = makeButton(this, QStyle::SP_MediaSeekBackward, tr("Previous step (Left)"),
                                  QStringLiteral("previousButton"));
    m_playButton = makeButton(this, QStyle::SP_MediaPlay, tr("Play the steps (Space)"),
                              QStringLiteral("playButton"));
    m_nextButton = makeButton(this, QStyle::SP_MediaSeekForward, tr("Next step (Right)"),
                              QStringLiteral("nextButton"));
    m_lastButton = makeButton(this, QStyle::SP_MediaSkipForward, tr("Newest step (End); keeps following new steps"),
                              QStringLiteral("lastButton"));
    connect(m_firstButton, &QToolButton::clicked, this, &StepTimeline::goToFirst);
    connect(m_previousButton, &QToolButton::clicked, this, &StepTimeline::goToPrevious);
    connect(m_playButton, &QToolButton::clicked, this, &StepTimeline::togglePlaying);
    connect(m_nextButton, &QToolButton::clicked, this, &StepTimeline::goToNext);
    connect(m_lastButton, &QToolButton::clicked, this, &StepTimeline::goToLast);

    m_speed = new QSpinBox(this);
    m_speed->setObjectName(QStringLiteral("speedBox"));
    m_speed->setRange(1, 60);
    m_speed->setValue(8);
    m_speed->setSuffix(tr(" steps/s"));
    m_speed->setToolTip(tr("Playback speed"));
    m_speed->setAccessibleName(tr("Playback speed"));
    connect(m_speed, &QSpinBox::valueChanged, this, [this](int value) { setPlaybackSpeed(value); });

    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("positionLabel"));
    m_position->setMinimumWidth(m_position->fontMetrics().horizontalAdvance(QStringLiteral("000 / 000 · 00.00 s")));

    m_timer = new QTimer(this);
    m_timer->setInterval(1000 / m_speed->value());
    connect(m_timer, &QTimer::timeout, this, &StepTimeline::advancePlayback);

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("captionLabel"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setToolTip(tr("What happened in this step"));

    m_reading = new QLabel(this);
    m_reading->setObjectName(QStringLiteral("readingLabel"));
    m_reading->setTextFormat(Qt::RichText);
    m_reading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reading->setToolTip(tr("The text the model believes at this step; each character coloured by its "
                             "confidence, red (unsure) to green (sure)"));

    m_branch = new QLabel(this);
    m_branch->setObjectName(QStringLiteral("branchBadge"));
    m_branch->setToolTip(tr("Which branch guided this step: the text prior or the image"));

    m_values = new QLabel(this);
    m_values->setObjectName(QStringLiteral("valuesLabel"));
    m_values->setToolTip(tr("λ_t: weight of the text guidance; noise: the noise level of this step (σ_t or ᾱ_t)"));

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *button : {m_firstButton, m_previousButton, m_playButton, m_nextButton, m_lastButton})
        controls->addWidget(button);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_position);
    controls->addWidget(m_speed);

    auto *badges = new QHBoxLayout;
    badges->setContentsMargins(0, 0, 0, 0);
    badges->addWidget(m_reading, 1);
    badges->addWidget(m_values);
    badges->addWidget(m_branch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_image, 1);
    layout->addLayout(badges);
    layout->addWidget(m_caption);
    layout->addLayout(controls);
    layout->addWidget(m_strip);

    // Shortcuts work wherever the focus is inside the timeline, not only on the slider.
    const auto addShortcut = [this](const QKeySequence &key, void (StepTimeline::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence(Qt::Key_Left), &StepTimeline::goToPrevious);
    addShortcut(QKeySequence(Qt::Key_Right), &StepTimeline::goToNext);
    addShortcut(QKeySequence(Qt::Key_Home), &StepTimeline::goToFirst);
    addShortcut(QKeySequence(Qt::Key_End), &StepTimeline::goToLast);
    addShortcut(QKeySequence(Qt::Key_Space), &StepTimeline::togglePlaying);

    setFocusPolicy(Qt::StrongFocus);
    showEmptyCaption();
    updateControls();
}

StepTimeline::~StepTimeline() = default;

void StepTimeline::appendStep(const StepRecord &step)
{
    m_steps.append(step);
    m_thumbnails.append(makeThumbnail(step.image));
    auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(m_thumbnails.constLast())),
                                     QString::number(step.index + 1));
    item->setToolTip(step.caption.isEmpty()
                         ? tr("Step %1 of %2").arg(step.index + 1).arg(step.count)
                         : tr("Step %1 of %2: %3").arg(step.index + 1).arg(step.count).arg(step.caption));
    m_strip->addItem(item);
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, int(m_steps.size()) - 1);
    }
    if (m_current < 0 || (m_follow && !isPlaying()))
        showStep(int(m_steps.size()) - 1);
    else
        updateControls();
}

int StepTimeline::stepCount() const
{
    return int(m_steps.size());
}

StepRecord StepTimeline::step(int position) const
{
    return position >= 0 && position < m_steps.size() ? m_steps.at(position) : StepRecord();
}

QImage StepTimeline::thumbnail(int position) const
{
    return position >= 0 && position < m_thumbnails.size() ? m_thumbnails.at(position) : QImage();
}

int StepTimeline::currentStep() const
{
    return m_current;
}

bool StepTimeline::isPlaying() const
{
    return m_timer->isActive();
}

double StepTimeline::playbackSpeed() const
{
    return 1000.0 / m_timer->interval();
}

bool StepTimeline::isFollowingLatest() const
{
    return m_follow;
}

void StepTimeline::clear()
{
    pause();
    m_steps.clear();
    m_thumbnails.clear();
    m_current = -1;
    m_follow = true;
    {
        const QSignalBlocker stripBlocker(m_strip);
        const QSignalBlocker sliderBlocker(m_slider);
        m_strip->clear();
        m_slider->setRange(0, 0);
    }
    m_image->setImage(QImage());
    showEmptyCaption();
    updateControls();
    Q_EMIT currentStepChanged(-1);
}

void StepTimeline::setCurrentStep(int position)
{
    navigate(position);
}

void StepTimeline::goToFirst()
{
    navigate(0);
}

void StepTimeline::goToPrevious()
{
    navigate(m_current - 1);
}

void StepTimeline::goToNext()
{
    navigate(m_current + 1);
}

void StepTimeline::goToLast()
{
    navigate(int(m_steps.size()) - 1);
}

void StepTimeline::play()
{
    if (m_steps.size() < 2 || isPlaying())
        return;
    // Playing from the newest step starts over, as a media player does.
    if (m_current >= m_steps.size() - 1)
        showStep(0);
    m_follow = false;
    m_timer->start();
    updateControls();
    Q_EMIT playingChanged(true);
}

void StepTimeline::pause()
{
    if (!isPlaying())
        return;
    m_timer->stop();
    updateControls();
    Q_EMIT playingChanged(false);
}

void StepTimeline::togglePlaying()
{
    if (isPlaying())
        pause();
    else
        play();
}

void StepTimeline::setPlaybackSpeed(double stepsPerSecond)
{
    if (!std::isfinite(stepsPerSecond))
        return;
    const double clamped = std::clamp(stepsPerSecond, double(m_speed->minimum()), double(m_speed->maximum()));
    m_timer->setInterval(std::max(1, int(std::lround(1000.0 / clamped))));
    const QSignalBlocker blocker(m_speed);
    m_speed->setValue(int(std::lround(clamped)));
}

void StepTimeline::setFollowLatest(bool follow)
{
    m_follow = follow;
    if (follow && !m_steps.isEmpty()) {
        pause();
        showStep(int(m_steps.size()) - 1);
    }
}

// A user's move: following resumes only when they go to the newest step.
void StepTimeline::navigate(int position)
{
    if (m_steps.isEmpty())
        return;
    position = std::clamp(position, 0, int(m_steps.size()) - 1);
    if (!isPlaying())
        m_follow = position == m_steps.size() - 1;
    showStep(position);
}

void StepTimeline::showStep(int position)
{
    const bool changed = position != m_current;
    m_current = position;
    const StepRecord &record = m_steps.at(position);
    m_image->setImage(record.image);
    {
        const QSignalBlocker stripBlocker(m_strip);
        const QSignalBlocker sliderBlocker(m_slider);
        m_strip->setCurrentRow(position);
        m_slider->setValue(position);
    }
    if (QListWidgetItem *item = m_strip->item(position))
        m_strip->scrollToItem(item);
    showCaption(record);
    updateControls();
    if (changed)
        Q_EMIT currentStepChanged(position);
}

void StepTimeline::updateControls()
{
    const bool any = !m_steps.isEmpty();
    const bool notFirst = any && m_current > 0;
    const bool notLast = any && m_current < m_steps.size() - 1;
    m_firstButton->setEnabled(notFirst);
    m_previousButton->setEnabled(notFirst);
    m_nextButton->setEnabled(notLast);
    m_lastButton->setEnabled(notLast || (any && !m_follow));
    m_playButton->setEnabled(m_steps.size() > 1);
    m_slider->setEnabled(any);
    m_playButton->setIcon(style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playButton->setToolTip(isPlaying() ? tr("Pause (Space)") : tr("Play the steps (Space)"));
    if (!any) {
        m_position->setText(tr("No steps"));
        return;
    }
    const StepRecord &record = m_steps.at(m_current);
    m_position->setText(tr("%1 / %2 · %3 s")
                            .arg(record.index + 1)
                            .arg(std::max(record.count, record.index + 1))
                            .arg(record.seconds, 0, 'f', 2));
}

void StepTimeline::advancePlayback()
{
    if (m_current >= m_steps.size() - 1) {
        // Arrived at the newest step: stop here and keep following the run.
        pause();
        m_follow = true;
        updateControls();
        return;
    }
    showStep(m_current + 1);
}

void StepTimeline::showCaption(const StepRecord &step)
{
    m_caption->setText(step.caption);

    const QString text = step.values.value(QStringLiteral("text")).toString();
    if (text.isEmpty()) {
        m_reading->setText(QString());
    } else {
        const QVariantList confidences = step.values.value(QStringLiteral("charConfidences")).toList();
        // Colour per code point so a character outside the BMP is one coloured glyph.
        const QList<uint> codePoints = text.toUcs4();
        QString html = QStringLiteral("<span style=\"font-family:monospace; font-size:large;\">");
        for (int i = 0; i < codePoints.size(); ++i) {
            const char32_t c = char32_t(codePoints.at(i));
            const QString glyph = QString::fromUcs4(&c, 1).toHtmlEscaped();
            bool ok = false;
            const double confidence = i < confidences.size() ? confidences.at(i).toDouble(&ok) : 0.0;
            if (ok)
                html += QStringLiteral("<span style=\"color:%1\">%2</span>")
                            .arg(ColorMaps::confidence(confidence).name(), glyph);
            else
                html += glyph;
        }
        html += QStringLiteral("</span>");
        m_reading->setText(tr("Believed text: %1").arg(html));
    }

    const QString branch = step.values.value(QStringLiteral("branch")).toString();
    if (branch == QLatin1String("text") || branch == QLatin1String("image")) {
        const bool textCentric = branch == QLatin1String("text");
        m_branch->setText(textCentric ? tr("text-centric") : tr("image-centric"));
        m_branch->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 6px; "
                                               "padding: 1px 8px; font-weight: bold; }")
                                    .arg(textCentric ? QStringLiteral("#1565c0") : QStringLiteral("#c25e00")));
        m_branch->show();
    } else {
        m_branch->clear();
        m_branch->hide();
    }

    QStringList values;
    if (step.values.contains(QStringLiteral("lambda")))
        values << tr("λ_t %1").arg(formatValue(step.values.value(QStringLiteral("lambda"))));
    if (step.values.contains(QStringLiteral("noise")))
        values << tr("noise %1").arg(formatValue(step.values.value(QStringLiteral("noise"))));
    m_values->setText(values.join(QStringLiteral(" · ")));
}

void StepTimeline::showEmptyCaption()
{
    m_caption->setText(tr("No run yet: the steps of a run appear here while it is going."));
    m_reading->clear();
    m_values->clear();
    m_branch->clear();
    m_branch->hide();
}
