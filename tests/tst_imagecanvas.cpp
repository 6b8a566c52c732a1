#include "ImageCanvas.h"

#include <QSignalSpy>
#include <QTest>

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
    void wheelZoomKeepsThePointUnderTheCursor();
    void rightDragPans();

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

QTEST_MAIN(TestImageCanvas)
#include "tst_imagecanvas.moc"
