#pragma once

#include "StepRecord.h"

#include <QImage>
#include <QList>
#include <QWidget>

class ImagePanel;
class QLabel;
class QListWidget;
class QSlider;
class QSpinBox;
class QTimer;
class QToolButton;

// The steps of one run: a thumbnail strip, the current step's image large, a slider,
// play/pause and first/previous/next/last, and a caption with the step's values
// (the text the model believes, coloured per character by confidence; λ_t; the
// text-/image-centric branch; the noise level).
//
// Steps arrive one by one while a run is going (appendStep). Each thumbnail is downscaled
// once on arrival, so hundreds of steps stay cheap. While "following" the view jumps to each
// new step; moving away from the newest step stops following, going back to it resumes.
// Keys (anywhere inside the widget): Left/Right previous/next, Home/End first/last,
// Space play/pause.
class StepTimeline : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kThumbnailWidth = 96;
    static constexpr int kThumbnailHeight = 48;

    explicit StepTimeline(QWidget *parent = nullptr);
    ~StepTimeline() override;

    void appendStep(const StepRecord &step);
    int stepCount() const;
    StepRecord step(int position) const;   // position in arrival order
    QImage thumbnail(int position) const;  // the downscaled copy shown in the strip
    int currentStep() const;                // -1 when there are no steps
    bool isPlaying() const;
    double playbackSpeed() const;           // steps per second
    bool isFollowingLatest() const;

public Q_SLOTS:
    void clear();
    void setCurrentStep(int position);
    void goToFirst();
    void goToPrevious();
    void goToNext();
    void goToLast();
    void play();
    void pause();
    void togglePlaying();
    void setPlaybackSpeed(double stepsPerSecond);
    void setFollowLatest(bool follow);

Q_SIGNALS:
    void currentStepChanged(int position);
    void playingChanged(bool playing);

private:
    void navigate(int position);
    void showStep(int position);
    void updateControls();
    void advancePlayback();
    void showCaption(const StepRecord &step);
    void showEmptyCaption();

    QList<StepRecord> m_steps;
    QList<QImage> m_thumbnails;
    int m_current = -1;
    bool m_follow = true;

    ImagePanel *m_image = nullptr;
    QListWidget *m_strip = nullptr;
    QSlider *m_slider = nullptr;
    QToolButton *m_firstButton = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_playButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QToolButton *m_lastButton = nullptr;
    QSpinBox *m_speed = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_reading = nullptr;
    QLabel *m_branch = nullptr;
    QLabel *m_values = nullptr;
    QTimer *m_timer = nullptr;
};
