#include "SplitComparisonView.h"
#include "WidgetGrab.h"

#include <QSignalSpy>
#include <QTest>

namespace {

QImage solid(int width, int height, QRgb colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

constexpr QRgb kRed = 0xffff0000;
constexpr QRgb kBlue = 0xff0000ff;

} // namespace

class TestSplitComparisonView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyViewIgnoresInput();
    void bothImagesShareTheResultsScale();
    void inputLeftOfTheLineResultRight();
    void draggingTheLineMovesIt();
    void keysMoveTheLineAndZoom();
    void dragElsewherePansAndWheelZooms();
    void sameSizeKeepsTheView();
    void grabRendersSensibly();

private:
    SplitComparisonView *m_view = nullptr;
};

void TestSplitComparisonView::init()
{
    m_view = new SplitComparisonView;
    m_view->resize(520, 200);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestSplitComparisonView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestSplitComparisonView::emptyViewIgnoresInput()
{
    QSignalSpy zoom(m_view, &SplitComparisonView::zoomChanged);
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
    QWheelEvent wheel(QPointF(50, 50), m_view->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view, &wheel);
    QCOMPARE(zoom.size(), 0);
    QVERIFY(!saveWidgetGrab(m_view, QStringLiteral("splitcomparison-empty.png")).isEmpty());
}

void TestSplitComparisonView::bothImagesShareTheResultsScale()
{
    m_view->setImages(solid(32, 8, kRed), solid(128, 32, kBlue));
    // The result's 128×32 grid fits 512×192: zoom 4 (width-bound), centred.
    QCOMPARE(m_view->zoom(), 4.0);
    QCOMPARE(m_view->imageToWidget(QPointF(0, 0)), QPointF(4, 36));
    QCOMPARE(m_view->widgetToImage(QPointF(260, 100)), QPointF(64, 16));
}

void TestSplitComparisonView::inputLeftOfTheLineResultRight()
{
    // Input: a 2-pixel checker, so smoothing would show as mixed colours.
    QImage input(2, 1, QImage::Format_RGB32);
    input.setPixel(0, 0, kRed);
    input.setPixel(1, 0, qRgb(0, 255, 0));
    m_view->setImages(input, solid(128, 32, kBlue));
    m_view->setSplitPosition(0.75);
    const QImage shot = m_view->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(shot.pixel(100, 150), kRed);               // input's left pixel
    QCOMPARE(shot.pixel(300, 150), qRgb(0, 255, 0));    // input's right pixel, still left of the line
    QCOMPARE(shot.pixel(m_view->splitX() + 20, 150), kBlue);
    // Magnified pixels are blocks: the input's edge at x = 4 + 64·4 = 260 is sharp.
    QCOMPARE(shot.pixel(259, 150), kRed);
    QCOMPARE(shot.pixel(260, 150), qRgb(0, 255, 0));
}

void TestSplitComparisonView::draggingTheLineMovesIt()
{
    m_view->setImages(solid(32, 8, kRed), solid(128, 32, kBlue));
    QSignalSpy moved(m_view, &SplitComparisonView::splitPositionChanged);
    const QPointF before = m_view->imageToWidget(QPointF(0, 0));
    const int x = m_view->splitX();
    QCOMPARE(x, 260);
    QTest::mousePress(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(x + 3, 60));
    QTest::mouseMove(m_view, QPoint(200, 60));
    QTest::mouseRelease(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(130, 60));
    QCOMPARE(m_view->splitPosition(), 0.25);
    QVERIFY(!moved.isEmpty());
    QCOMPARE(m_view->imageToWidget(QPointF(0, 0)), before); // moving the line does not pan
    const QImage shot = m_view->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(shot.pixel(200, 150), kBlue);
    m_view->setSplitPosition(7.0);
    QCOMPARE(m_view->splitPosition(), 1.0);
    m_view->setSplitPosition(qQNaN());
    QCOMPARE(m_view->splitPosition(), 1.0);
}

void TestSplitComparisonView::keysMoveTheLineAndZoom()
{
    m_view->setImages(solid(32, 8, kRed), solid(128, 32, kBlue));
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(m_view->splitPosition(), 0.45);
    QTest::keyClick(m_view, Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY(qAbs(m_view->splitPosition() - 0.46) < 1e-9);
    QTest::keyClick(m_view, Qt::Key_Plus);
    QCOMPARE(m_view->zoom(), 5.0);
    QTest::keyClick(m_view, Qt::Key_1);
    QCOMPARE(m_view->zoom(), 1.0);
    QTest::keyClick(m_view, Qt::Key_0);
    QCOMPARE(m_view->zoom(), 4.0);
}

void TestSplitComparisonView::dragElsewherePansAndWheelZooms()
{
    m_view->setImages(solid(32, 8, kRed), solid(128, 32, kBlue));
    const QPointF origin = m_view->imageToWidget(QPointF(0, 0));
    QTest::mousePress(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
    QTest::mouseMove(m_view, QPoint(120, 90));
    QTest::mouseRelease(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(130, 80));
    QCOMPARE(m_view->imageToWidget(QPointF(0, 0)), origin + QPointF(30, -20));
    QCOMPARE(m_view->splitPosition(), 0.5);

    const QPointF cursor(400, 120);
    const QPointF under = m_view->widgetToImage(cursor);
    QWheelEvent wheel(cursor, m_view->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view, &wheel);
    QCOMPARE(m_view->zoom(), 4.0 * 1.25 * 1.25);
    const QPointF after = m_view->widgetToImage(cursor);
    QVERIFY(qAbs(after.x() - under.x()) < 1e-9 && qAbs(after.y() - under.y()) < 1e-9);

    QTest::mouseDClick(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
    QCOMPARE(m_view->zoom(), 4.0);
}

void TestSplitComparisonView::sameSizeKeepsTheView()
{
    m_view->setImages(solid(32, 8, kRed), solid(128, 32, kBlue));
    m_view->zoomIn();
    const double zoom = m_view->zoom();
    m_view->setImages(solid(32, 8, kRed), solid(128, 32, qRgb(0, 128, 0))); // another method
    QCOMPARE(m_view->zoom(), zoom);
    m_view->setImages(solid(32, 8, kRed), solid(64, 16, kBlue)); // another scale: fit again
    QCOMPARE(m_view->zoom(), 8.0);
    m_view->setImages(solid(32, 8, kRed), QImage()); // no result yet: the input sets the frame
    QCOMPARE(m_view->zoom(), 16.0);
    m_view->clear();
    QVERIFY(m_view->before().isNull() && m_view->after().isNull());
}

void TestSplitComparisonView::grabRendersSensibly()
{
    const QString cropPath = sharedDataFile(QStringLiteral("crops/labelled/icdar2015-train/img_1_w00.png"));
    if (cropPath.isEmpty())
        QSKIP("../shared/data is not available");
    const QImage input(cropPath);
    QVERIFY(!input.isNull());
    // A stand-in "result": the crop magnified 4× smoothly, so the two halves differ visibly.
    const QImage result = input.scaled(input.size() * 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    m_view->resize(640, 220);
    m_view->setImages(input, result);
    m_view->setSplitPosition(0.4);
    QVERIFY(!saveWidgetGrab(m_view, QStringLiteral("splitcomparison.png")).isEmpty());
}

QTEST_MAIN(TestSplitComparisonView)
#include "tst_splitcomparisonview.moc"
