#include "ZoomPanTransform.h"

#include <QImage>
#include <QPainter>
#include <QTest>

class TestZoomPanTransform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitCentresAndKeepsAspect();
    void zoomAboutKeepsTheAnchor();
    void zoomIsClamped();
    void magnifiedPixelsAreCrispBlocks();
    void drawingStaysInsideTheViewport();
    void contentSizeStretchesASmallerImage();
};

void TestZoomPanTransform::fitCentresAndKeepsAspect()
{
    ZoomPanTransform transform;
    transform.fit(QSizeF(100, 25), QRectF(0, 0, 400, 300));
    QCOMPARE(transform.zoom(), 4.0);
    QCOMPARE(transform.imageToWidget(QPointF(0, 0)), QPointF(0, 100));
    QCOMPARE(transform.imageToWidget(QPointF(100, 25)), QPointF(400, 200));
    QCOMPARE(transform.widgetToImage(QPointF(200, 150)), QPointF(50, 12.5));
    transform.fit(QSizeF(), QRectF(10, 10, 50, 50)); // nothing to fit: harmless identity
    QCOMPARE(transform.zoom(), 1.0);
}

void TestZoomPanTransform::zoomAboutKeepsTheAnchor()
{
    ZoomPanTransform transform;
    transform.setZoomAndOffset(2.0, QPointF(10, 20));
    const QPointF cursor(130, 70);
    const QPointF before = transform.widgetToImage(cursor);
    transform.zoomAbout(5.0, cursor);
    QCOMPARE(transform.zoom(), 5.0);
    const QPointF after = transform.widgetToImage(cursor);
    QVERIFY(qAbs(after.x() - before.x()) < 1e-9 && qAbs(after.y() - before.y()) < 1e-9);
    transform.panBy(QPointF(7, -3));
    QCOMPARE(transform.imageToWidget(after), cursor + QPointF(7, -3));
    QCOMPARE(transform.widgetToImage(transform.imageToWidget(QRectF(1, 2, 3, 4))), QRectF(1, 2, 3, 4));
}

void TestZoomPanTransform::zoomIsClamped()
{
    ZoomPanTransform transform;
    transform.zoomAbout(1e9, QPointF());
    QCOMPARE(transform.zoom(), ZoomPanTransform::kMaxZoom);
    transform.setZoomAndOffset(0.0, QPointF());
    QCOMPARE(transform.zoom(), ZoomPanTransform::kMinZoom);
}

void TestZoomPanTransform::magnifiedPixelsAreCrispBlocks()
{
    QImage source(2, 1, QImage::Format_RGB32);
    source.setPixel(0, 0, qRgb(255, 0, 0));
    source.setPixel(1, 0, qRgb(0, 0, 255));
    QImage canvas(40, 20, QImage::Format_RGB32);
    canvas.fill(Qt::black);
    ZoomPanTransform transform;
    transform.setZoomAndOffset(10.0, QPointF(0, 0));
    {
        QPainter painter(&canvas);
        transform.drawImage(painter, source, canvas.rect());
    }
    // Every screen pixel of a block has the source colour: no smoothing across the edge.
    QCOMPARE(canvas.pixel(0, 0), qRgb(255, 0, 0));
    QCOMPARE(canvas.pixel(9, 9), qRgb(255, 0, 0));
    QCOMPARE(canvas.pixel(10, 0), qRgb(0, 0, 255));
    QCOMPARE(canvas.pixel(19, 9), qRgb(0, 0, 255));
    QCOMPARE(canvas.pixel(25, 5), qRgb(0, 0, 0)); // outside the image
    QCOMPARE(canvas.pixel(5, 15), qRgb(0, 0, 0));
}

void TestZoomPanTransform::drawingStaysInsideTheViewport()
{
    QImage source(10, 10, QImage::Format_RGB32);
    source.fill(Qt::white);
    QImage canvas(100, 100, QImage::Format_RGB32);
    canvas.fill(Qt::black);
    ZoomPanTransform transform;
    transform.setZoomAndOffset(10.0, QPointF(0, 0));
    {
        QPainter painter(&canvas);
        transform.drawImage(painter, source, QRectF(0, 0, 50, 100));
    }
    QCOMPARE(canvas.pixel(49, 50), qRgb(255, 255, 255));
    QCOMPARE(canvas.pixel(50, 50), qRgb(0, 0, 0));
}

void TestZoomPanTransform::contentSizeStretchesASmallerImage()
{
    // A 2×1 input over a 4×2 frame (e.g. an input under a 2× result): each input pixel
    // covers 2×2 frame pixels.
    QImage source(2, 1, QImage::Format_RGB32);
    source.setPixel(0, 0, qRgb(255, 0, 0));
    source.setPixel(1, 0, qRgb(0, 255, 0));
    QImage canvas(40, 20, QImage::Format_RGB32);
    canvas.fill(Qt::black);
    ZoomPanTransform transform;
    transform.setZoomAndOffset(10.0, QPointF(0, 0));
    {
        QPainter painter(&canvas);
        transform.drawImage(painter, source, canvas.rect(), QSizeF(4, 2));
    }
    QCOMPARE(canvas.pixel(19, 19), qRgb(255, 0, 0));
    QCOMPARE(canvas.pixel(20, 0), qRgb(0, 255, 0));
    QCOMPARE(canvas.pixel(39, 19), qRgb(0, 255, 0));
}

QTEST_MAIN(TestZoomPanTransform)
#include "tst_zoompantransform.moc"
