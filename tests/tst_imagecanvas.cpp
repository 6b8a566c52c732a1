#include "ImageCanvas.h"

#include <QSignalSpy>
#include <QElapsedTimer>
#include <QTest>

#include <cmath>

class TestImageCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fitsTheImage();
    void dragDrawsARegionInImagePixels();
    void regionIsClippedToTheImage();
    void clickClearsTheRegion();
    void dragInsideMovesAndHandleResizes();
    void drawingAddsRegionsAndCtrlClickSelectsSeveral();
    void largePhotoPaintsFromASmallLevel();
    void wheelZoomKeepsThePointUnderTheCursor();
    void rightDragPans();
    void zoomToRegionFillsTheView();

private:
    ImageCanvas *m_canvas = nullptr;
};

void TestImageCanvas::init()
{
    m_canvas = new ImageCanvas;
    m_canvas->resize(400, 300);
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas));
    QImage photo(800, 600, QImage::Format_RGB888);
    photo.fill(Qt::darkGreen);
    m_canvas->setImage(photo);
}

void TestImageCanvas::cleanup()
{
    delete m_canvas;
    m_canvas = nullptr;
}

void TestImageCanvas::fitsTheImage()
{
    QCOMPARE(m_canvas->zoom(), 0.5);
    QCOMPARE(m_canvas->imageToWidget(QPointF(0, 0)), QPointF(0, 0));
    QCOMPARE(m_canvas->imageToWidget(QPointF(800, 600)), QPointF(400, 300));
    m_canvas->zoomToActualSize();
    QCOMPARE(m_canvas->zoom(), 1.0);
    m_canvas->zoomToFit();
    QCOMPARE(m_canvas->zoom(), 0.5);
}

void TestImageCanvas::dragDrawsARegionInImagePixels()
{
    QSignalSpy changed(m_canvas, &ImageCanvas::regionChanged);
    QTest::mousePress(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(50, 40));
    QTest::mouseMove(m_canvas, QPoint(100, 60));
    QTest::mouseRelease(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(150, 80));
    // Widget (50,40)-(150,80) at zoom 0.5 is image (100,80)-(300,160).
    QCOMPARE(m_canvas->region(), QRect(QPoint(100, 80), QPoint(299, 159)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toRect(), m_canvas->region());
}

void TestImageCanvas::regionIsClippedToTheImage()
{
    QTest::mousePress(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(350, 250));
    QTest::mouseRelease(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(399, 299));
    const QRect region = m_canvas->region();
    QVERIFY(QRect(0, 0, 800, 600).contains(region));
    m_canvas->setRegion(QRect(700, 500, 500, 500));
    QCOMPARE(m_canvas->region(), QRect(700, 500, 100, 100));
    m_canvas->setRegion(QRect(900, 900, 10, 10));
    QVERIFY(m_canvas->region().isEmpty());
}

void TestImageCanvas::clickClearsTheRegion()
{
    m_canvas->setRegion(QRect(10, 10, 50, 20));
    QSignalSpy changed(m_canvas, &ImageCanvas::regionChanged);
    QTest::mouseClick(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(20, 20));
    QVERIFY(m_canvas->region().isEmpty());
    QCOMPARE(changed.size(), 1);
}

void TestImageCanvas::wheelZoomKeepsThePointUnderTheCursor()
{
    const QPointF cursor(120, 90);
    const QPointF before = m_canvas->widgetToImage(cursor);
    QWheelEvent wheel(cursor, m_canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_canvas, &wheel);
    QVERIFY(m_canvas->zoom() > 0.5);
    const QPointF after = m_canvas->widgetToImage(cursor);
    QVERIFY(qAbs(after.x() - before.x()) < 1e-6 && qAbs(after.y() - before.y()) < 1e-6);
}

void TestImageCanvas::rightDragPans()
{
    const QPointF origin = m_canvas->imageToWidget(QPointF(0, 0));
    QTest::mousePress(m_canvas, Qt::RightButton, Qt::NoModifier, QPoint(100, 100));
    QTest::mouseMove(m_canvas, QPoint(130, 120));
    QTest::mouseRelease(m_canvas, Qt::RightButton, Qt::NoModifier, QPoint(130, 120));
    QCOMPARE(m_canvas->imageToWidget(QPointF(0, 0)), origin + QPointF(30, 20));
    QVERIFY(m_canvas->region().isEmpty()); // panning draws nothing
}

void TestImageCanvas::dragInsideMovesAndHandleResizes()
{
    m_canvas->setRegion(QRect(100, 100, 200, 100)); // widget (50,50)-(150,100) at zoom 0.5
    const int id = m_canvas->currentId();
    QSignalSpy edited(m_canvas, &ImageCanvas::regionEdited);
    QTest::mousePress(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(100, 75));
    QTest::mouseMove(m_canvas, QPoint(120, 85));
    QTest::mouseRelease(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(120, 85));
    QCOMPARE(m_canvas->region(), QRect(140, 120, 200, 100)); // moved by (20,10) widget = (40,20) image
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().at(0).toInt(), id);
    // The bottom-right handle at widget (170,110) resizes.
    QTest::mousePress(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(170, 110));
    QTest::mouseMove(m_canvas, QPoint(200, 130));
    QTest::mouseRelease(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(200, 130));
    QCOMPARE(m_canvas->region(), QRect(140, 120, 260, 140));
    QCOMPARE(m_canvas->regions().size(), 1);
    // A move stops at the photo's edge without shrinking the region.
    QTest::mousePress(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(100, 80));
    QTest::mouseMove(m_canvas, QPoint(390, 290));
    QTest::mouseRelease(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(390, 290));
    QCOMPARE(m_canvas->region(), QRect(540, 460, 260, 140));
}

void TestImageCanvas::drawingAddsRegionsAndCtrlClickSelectsSeveral()
{
    QSignalSpy added(m_canvas, &ImageCanvas::regionAdded);
    QTest::mousePress(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(20, 20));
    QTest::mouseRelease(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(60, 40));
    QTest::mousePress(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(200, 200));
    QTest::mouseRelease(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(260, 240));
    QCOMPARE(added.size(), 2);
    QCOMPARE(m_canvas->regions().size(), 2);
    const int first = added.at(0).at(0).toInt();
    const int second = added.at(1).at(0).toInt();
    QVERIFY(first != second);
    QCOMPARE(m_canvas->selectedIds(), QList<int>{second});
    QTest::mouseClick(m_canvas, Qt::LeftButton, Qt::ControlModifier, QPoint(40, 30));
    QCOMPARE(m_canvas->selectedIds().size(), 2);
    QCOMPARE(m_canvas->currentId(), first);
    // Shift draws a new region even inside an existing one.
    QTest::mousePress(m_canvas, Qt::LeftButton, Qt::ShiftModifier, QPoint(30, 25));
    QTest::mouseRelease(m_canvas, Qt::LeftButton, Qt::ShiftModifier, QPoint(50, 35));
    QCOMPARE(m_canvas->regions().size(), 3);
}

void TestImageCanvas::largePhotoPaintsFromASmallLevel()
{
    // A 24 MP photo with detail everywhere, in a typical canvas size. What keeps its repaint cheap
    // is how many source pixels a paint reads; that is checked here, the time only reported.
    QImage photo(6000, 4000, QImage::Format_RGB888);
    for (int y = 0; y < photo.height(); ++y) {
        uchar *line = photo.scanLine(y);
        for (int x = 0; x < photo.width(); ++x) {
            line[3 * x] = uchar(x ^ y);
            line[3 * x + 1] = uchar(x * 7);
            line[3 * x + 2] = uchar(y * 3);
        }
    }
    m_canvas->resize(1200, 800);
    m_canvas->setImage(photo);
    QVERIFY(m_canvas->zoom() < 0.21);
    QImage target(m_canvas->size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    timer.start();
    m_canvas->render(&target);
    const double firstMs = timer.nsecsElapsed() / 1e6;
    QVERIFY(m_canvas->lastPaintedLevel() >= 2); // drawn from a quarter-size level or smaller
    // Fewer than two level pixels per screen pixel each way, plus the rounding to whole pixels.
    const QRectF fitSource = m_canvas->lastPaintedSource();
    QVERIFY(!fitSource.isEmpty());
    QVERIFY2(fitSource.width() <= 2 * 1200 + 2 && fitSource.height() <= 2 * 800 + 2,
             qPrintable(QStringLiteral("read %1x%2 pixels").arg(fitSource.width()).arg(fitSource.height())));
    constexpr int kRepeats = 20;
    timer.restart();
    for (int i = 0; i < kRepeats; ++i)
        m_canvas->render(&target);
    const double fitMs = timer.nsecsElapsed() / 1e6 / kRepeats;
    // At 100 % only the visible 1200×800 part is drawn.
    m_canvas->zoomToActualSize();
    timer.restart();
    for (int i = 0; i < kRepeats; ++i)
        m_canvas->render(&target);
    const double actualMs = timer.nsecsElapsed() / 1e6 / kRepeats;
    QCOMPARE(m_canvas->lastPaintedLevel(), 0);
    const QRectF actualSource = m_canvas->lastPaintedSource();
    QVERIFY(!actualSource.isEmpty());
    QVERIFY2(actualSource.width() <= 1200 + 1 && actualSource.height() <= 800 + 1,
             qPrintable(QStringLiteral("read %1x%2 pixels").arg(actualSource.width()).arg(actualSource.height())));
    qInfo("6000x4000 at fit zoom: first paint (builds the pyramid) %.1f ms, then %.2f ms average from a %.0fx%.0f "
          "level rectangle; at 100%%: %.2f ms average from %.0fx%.0f",
          firstMs, fitMs, fitSource.width(), fitSource.height(), actualMs, actualSource.width(), actualSource.height());
}

void TestImageCanvas::zoomToRegionFillsTheView()
{
    m_canvas->zoomToRegion(); // no region: nothing happens
    QCOMPARE(m_canvas->zoom(), 0.5);
    m_canvas->setRegion(QRect(100, 200, 100, 30));
    QSignalSpy zoomed(m_canvas, &ImageCanvas::zoomChanged);
    m_canvas->zoomToRegion();
    QCOMPARE(zoomed.size(), 1);
    QCOMPARE(m_canvas->zoom(), 0.9 * 400 / 100); // the width limits: 3.6
    // Centred in the view.
    const QPointF centre = m_canvas->imageToWidget(QPointF(150, 215));
    QVERIFY(std::abs(centre.x() - 200) < 0.5 && std::abs(centre.y() - 150) < 0.5);
}

QTEST_MAIN(TestImageCanvas)
#include "tst_imagecanvas.moc"
