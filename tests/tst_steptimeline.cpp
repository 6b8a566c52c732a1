#include "ColorMaps.h"
#include "StepTimeline.h"
#include "WidgetGrab.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

namespace {

// A synthetic x̂0: text that sharpens as the step index grows.
QImage stepImage(int index, int count)
{
    QImage image(256, 64, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font = painter.font();
    font.setPixelSize(40);
    painter.setFont(font);
    const int grey = 220 - (200 * index) / std::max(1, count - 1);
    painter.setPen(QColor(grey, grey, grey));
    painter.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("GLYPH"));
    return image;
}

StepRecord makeStep(int index, int count)
{
    StepRecord step;
    step.index = index;
    step.count = count;
    step.image = stepImage(index, count);
    step.caption = QStringLiteral("denoise step %1").arg(index + 1);
    step.seconds = 0.05;
    step.values.insert(QStringLiteral("text"), QStringLiteral("GLYPH"));
    step.values.insert(QStringLiteral("charConfidences"), QVariantList{0.95, 0.2, 0.6, 0.99, 0.45});
    step.values.insert(QStringLiteral("lambda"), 0.25 + 0.5 * index / std::max(1, count - 1));
    step.values.insert(QStringLiteral("branch"), index % 2 ? QStringLiteral("image") : QStringLiteral("text"));
    step.values.insert(QStringLiteral("noise"), 1.0 - double(index) / count);
    return step;
}

} // namespace

class TestStepTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyStateSaysNoRunYet();
    void thumbnailsAreDownscaledOnArrival();
    void followsTheNewestStepUntilTheUserMovesAway();
    void buttonsAndKeysNavigate();
    void playAnimatesToTheEndAndStops();
    void captionShowsTheStepValues();
    void unknownValuesAreIgnored();
    void clearResets();
    void grabRendersSensibly();

private:
    StepTimeline *m_timeline = nullptr;
};

void TestStepTimeline::init()
{
    m_timeline = new StepTimeline;
    m_timeline->resize(640, 420);
    m_timeline->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_timeline));
}

void TestStepTimeline::cleanup()
{
    delete m_timeline;
    m_timeline = nullptr;
}

void TestStepTimeline::emptyStateSaysNoRunYet()
{
    QCOMPARE(m_timeline->stepCount(), 0);
    QCOMPARE(m_timeline->currentStep(), -1);
    QVERIFY(m_timeline->findChild<QLabel *>(QStringLiteral("captionLabel"))->text().contains(QStringLiteral("No run yet")));
    QVERIFY(!m_timeline->findChild<QToolButton *>(QStringLiteral("playButton"))->isEnabled());
    QVERIFY(!m_timeline->findChild<QSlider *>(QStringLiteral("stepSlider"))->isEnabled());
    m_timeline->goToNext(); // nothing to go to: no crash, no change
    m_timeline->play();
    QVERIFY(!m_timeline->isPlaying());
    QCOMPARE(m_timeline->currentStep(), -1);
}

void TestStepTimeline::thumbnailsAreDownscaledOnArrival()
{
    for (int i = 0; i < 300; ++i)
        m_timeline->appendStep(makeStep(i, 300));
    QCOMPARE(m_timeline->stepCount(), 300);
    for (int i : {0, 150, 299}) {
        const QImage thumb = m_timeline->thumbnail(i);
        QVERIFY(thumb.width() <= StepTimeline::kThumbnailWidth);
        QVERIFY(thumb.height() <= StepTimeline::kThumbnailHeight);
        QCOMPARE(thumb.width(), 96); // 256×64 keeps its aspect: 96×24
        QCOMPARE(thumb.height(), 24);
    }
    // The full image is kept for the large view.
    QCOMPARE(m_timeline->step(150).image.size(), QSize(256, 64));
    QCOMPARE(m_timeline->findChild<QListWidget *>(QStringLiteral("thumbnailStrip"))->count(), 300);
}

void TestStepTimeline::followsTheNewestStepUntilTheUserMovesAway()
{
    QSignalSpy changed(m_timeline, &StepTimeline::currentStepChanged);
    for (int i = 0; i < 10; ++i)
        m_timeline->appendStep(makeStep(i, 50));
    QCOMPARE(m_timeline->currentStep(), 9);
    QCOMPARE(changed.size(), 10);
    QVERIFY(m_timeline->isFollowingLatest());

    auto *slider = m_timeline->findChild<QSlider *>(QStringLiteral("stepSlider"));
    QCOMPARE(slider->maximum(), 9);
    slider->setValue(3); // as a user's drag does
    QCOMPARE(m_timeline->currentStep(), 3);
    QVERIFY(!m_timeline->isFollowingLatest());
    m_timeline->appendStep(makeStep(10, 50));
    QCOMPARE(m_timeline->currentStep(), 3); // stays where the user put it
    QCOMPARE(slider->value(), 3);

    slider->setValue(slider->maximum());
    QVERIFY(m_timeline->isFollowingLatest());
    m_timeline->appendStep(makeStep(11, 50));
    QCOMPARE(m_timeline->currentStep(), 11);
    QCOMPARE(changed.last().first().toInt(), 11);
}

void TestStepTimeline::buttonsAndKeysNavigate()
{
    for (int i = 0; i < 6; ++i)
        m_timeline->appendStep(makeStep(i, 6));
    auto *first = m_timeline->findChild<QToolButton *>(QStringLiteral("firstButton"));
    auto *previous = m_timeline->findChild<QToolButton *>(QStringLiteral("previousButton"));
    auto *next = m_timeline->findChild<QToolButton *>(QStringLiteral("nextButton"));
    QVERIFY(!next->isEnabled()); // on the newest step
    previous->click();
    QCOMPARE(m_timeline->currentStep(), 4);
    first->click();
    QCOMPARE(m_timeline->currentStep(), 0);
    QVERIFY(!previous->isEnabled());
    next->click();
    QCOMPARE(m_timeline->currentStep(), 1);

    QApplication::setActiveWindow(m_timeline);
    QVERIFY(QTest::qWaitForWindowActive(m_timeline));
    m_timeline->setFocus();
    QTest::keyClick(m_timeline, Qt::Key_Right);
    QCOMPARE(m_timeline->currentStep(), 2);
    QTest::keyClick(m_timeline, Qt::Key_End);
    QCOMPARE(m_timeline->currentStep(), 5);
    QTest::keyClick(m_timeline, Qt::Key_Home);
    QCOMPARE(m_timeline->currentStep(), 0);
    QTest::keyClick(m_timeline, Qt::Key_Left); // already first: stays
    QCOMPARE(m_timeline->currentStep(), 0);
    QTest::keyClick(m_timeline, Qt::Key_Space);
    QVERIFY(m_timeline->isPlaying());
    QTest::keyClick(m_timeline, Qt::Key_Space);
    QVERIFY(!m_timeline->isPlaying());

    // Clicking a thumbnail shows that step.
    auto *strip = m_timeline->findChild<QListWidget *>(QStringLiteral("thumbnailStrip"));
    strip->setCurrentRow(3);
    QCOMPARE(m_timeline->currentStep(), 3);
}

void TestStepTimeline::playAnimatesToTheEndAndStops()
{
    for (int i = 0; i < 8; ++i)
        m_timeline->appendStep(makeStep(i, 8));
    m_timeline->setPlaybackSpeed(50);
    QCOMPARE(m_timeline->playbackSpeed(), 50.0);
    m_timeline->setPlaybackSpeed(1e9); // clamped, not a zero-interval timer
    QCOMPARE(m_timeline->playbackSpeed(), 1000.0 / 17);
    m_timeline->setPlaybackSpeed(50);
    QSignalSpy playing(m_timeline, &StepTimeline::playingChanged);
    QSignalSpy changed(m_timeline, &StepTimeline::currentStepChanged);
    m_timeline->play(); // from the newest step: starts over
    QCOMPARE(m_timeline->currentStep(), 0);
    QVERIFY(m_timeline->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!m_timeline->isPlaying(), 3000);
    QCOMPARE(m_timeline->currentStep(), 7);
    QCOMPARE(changed.size(), 8); // 0, then every step once
    QCOMPARE(playing.size(), 2);
    QVERIFY(m_timeline->isFollowingLatest());
}

void TestStepTimeline::captionShowsTheStepValues()
{
    m_timeline->appendStep(makeStep(0, 2));
    auto *badge = m_timeline->findChild<QLabel *>(QStringLiteral("branchBadge"));
    auto *reading = m_timeline->findChild<QLabel *>(QStringLiteral("readingLabel"));
    auto *values = m_timeline->findChild<QLabel *>(QStringLiteral("valuesLabel"));
    QCOMPARE(badge->text(), QStringLiteral("text-centric"));
    QVERIFY(badge->isVisible());
    QVERIFY(values->text().contains(QStringLiteral("λ_t 0.25")));
    QVERIFY(values->text().contains(QStringLiteral("noise 1")));
    // Per-character colour: the unsure 'L' is red, the sure 'G' green.
    const QString html = reading->text();
    QVERIFY(html.contains(QStringLiteral("color:%1\">G<").arg(ColorMaps::confidence(0.95).name())));
    QVERIFY(html.contains(QStringLiteral("color:%1\">L<").arg(ColorMaps::confidence(0.2).name())));
    QVERIFY(ColorMaps::confidence(0.2).red() > ColorMaps::confidence(0.2).green());
    QVERIFY(ColorMaps::confidence(0.95).green() > ColorMaps::confidence(0.95).red());
    QCOMPARE(m_timeline->findChild<QLabel *>(QStringLiteral("captionLabel"))->text(), QStringLiteral("denoise step 1"));

    m_timeline->appendStep(makeStep(1, 2));
    QCOMPARE(badge->text(), QStringLiteral("image-centric"));
    QVERIFY(m_timeline->findChild<QLabel *>(QStringLiteral("positionLabel"))->text().startsWith(QStringLiteral("2 / 2")));
}

void TestStepTimeline::unknownValuesAreIgnored()
{
    StepRecord step;
    step.index = 0;
    step.count = 1;
    step.values.insert(QStringLiteral("branch"), QStringLiteral("sideways"));
    step.values.insert(QStringLiteral("text"), QStringLiteral("<b>&"));          // must be escaped
    step.values.insert(QStringLiteral("charConfidences"), QVariantList{0.5});  // fewer than characters
    m_timeline->appendStep(step); // no image at all
    QCOMPARE(m_timeline->currentStep(), 0);
    QVERIFY(!m_timeline->findChild<QLabel *>(QStringLiteral("branchBadge"))->isVisible());
    const QString html = m_timeline->findChild<QLabel *>(QStringLiteral("readingLabel"))->text();
    QVERIFY(html.contains(QStringLiteral("&lt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>")));
    QVERIFY(m_timeline->findChild<QLabel *>(QStringLiteral("valuesLabel"))->text().isEmpty());
}

void TestStepTimeline::clearResets()
{
    for (int i = 0; i < 4; ++i)
        m_timeline->appendStep(makeStep(i, 4));
    m_timeline->goToFirst();
    QSignalSpy changed(m_timeline, &StepTimeline::currentStepChanged);
    m_timeline->clear();
    QCOMPARE(m_timeline->stepCount(), 0);
    QCOMPARE(m_timeline->currentStep(), -1);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_timeline->isFollowingLatest());
    QVERIFY(m_timeline->findChild<QLabel *>(QStringLiteral("captionLabel"))->text().contains(QStringLiteral("No run yet")));
    m_timeline->appendStep(makeStep(0, 4));
    QCOMPARE(m_timeline->currentStep(), 0);
}

void TestStepTimeline::grabRendersSensibly()
{
    QVERIFY(!saveWidgetGrab(m_timeline, QStringLiteral("steptimeline-empty.png")).isEmpty());
    for (int i = 0; i < 40; ++i)
        m_timeline->appendStep(makeStep(i, 40));
    m_timeline->setCurrentStep(30);
    QVERIFY(!saveWidgetGrab(m_timeline, QStringLiteral("steptimeline.png")).isEmpty());
}

QTEST_MAIN(TestStepTimeline)
#include "tst_steptimeline.moc"
