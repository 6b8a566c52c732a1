#include "ComparisonGrid.h"
#include "WidgetGrab.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>

namespace {

// Left half red, right half blue, at any resolution: the same "scene" from several methods.
QImage halves(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(qRgb(0, 0, 255));
    QPainter(&image).fillRect(0, 0, width / 2, height, QColor(255, 0, 0));
    return image;
}

QList<ComparisonEntry> entries(int count)
{
    QList<ComparisonEntry> list;
    for (int i = 0; i < count; ++i)
        list.append({QStringLiteral("Method %1").arg(i), halves(256, 64), QStringLiteral("reads “EXIT” 0.9")});
    return list;
}

bool near(const QPointF &a, const QPointF &b)
{
    return qAbs(a.x() - b.x()) < 1e-6 && qAbs(a.y() - b.y()) < 1e-6;
}

} // namespace

class TestComparisonGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyGridHasNoCells();
    void shapeFollowsTheImagesAndTheWidget();
    void moreThanNineAreCut();
    void wheelInOneCellZoomsAllCells();
    void dragInOneCellPansAllCells();
    void keysZoomAndReset();
    void differentSizesShowTheSameRegion();
    void grabRendersSensibly();

private:
    ComparisonGrid *m_grid = nullptr;
};

void TestComparisonGrid::init()
{
    m_grid = new ComparisonGrid;
    m_grid->resize(600, 400);
    m_grid->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_grid));
}

void TestComparisonGrid::cleanup()
{
    delete m_grid;
    m_grid = nullptr;
}

void TestComparisonGrid::emptyGridHasNoCells()
{
    QVERIFY(m_grid->gridShape().isEmpty());
    QCOMPARE(m_grid->cellAt(QPoint(100, 100)), -1);
    QVERIFY(m_grid->cellRect(0).isNull());
    QWheelEvent wheel(QPointF(50, 50), m_grid->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_grid, &wheel);
    QCOMPARE(m_grid->relativeZoom(), 1.0);
    QVERIFY(!saveWidgetGrab(m_grid, QStringLiteral("comparisongrid-empty.png")).isEmpty());
}

void TestComparisonGrid::shapeFollowsTheImagesAndTheWidget()
{
    m_grid->setEntries(entries(4));
    QCOMPARE(m_grid->gridShape(), QSize(2, 2)); // 4:1 images in a 3:2 widget
    m_grid->resize(2000, 160);
    QCOMPARE(m_grid->gridShape(), QSize(4, 1)); // wide, low widget: one row
    m_grid->resize(300, 800);
    QCOMPARE(m_grid->gridShape(), QSize(1, 4)); // tall widget: one column
    m_grid->resize(600, 400);
    for (int n = 2; n <= 9; ++n) {
        m_grid->setEntries(entries(n));
        const QSize shape = m_grid->gridShape();
        QVERIFY(shape.width() * shape.height() >= n);
        QVERIFY(shape.width() * (shape.height() - 1) < n); // no empty row
        for (int i = 0; i < n; ++i) {
            QVERIFY(m_grid->rect().contains(m_grid->cellRect(i)));
            QCOMPARE(m_grid->cellAt(m_grid->cellRect(i).center()), i);
            for (int j = i + 1; j < n; ++j)
                QVERIFY(!m_grid->cellRect(i).intersects(m_grid->cellRect(j)));
        }
    }
}

void TestComparisonGrid::moreThanNineAreCut()
{
    QTest::ignoreMessage(QtWarningMsg, "ComparisonGrid: 12 entries given, showing the first 9");
    m_grid->setEntries(entries(12));
    QCOMPARE(m_grid->entries().size(), 9);
    QCOMPARE(m_grid->entries().last().label, QStringLiteral("Method 8"));
}

void TestComparisonGrid::wheelInOneCellZoomsAllCells()
{
    m_grid->setEntries(entries(4));
    QSignalSpy changed(m_grid, &ComparisonGrid::viewChanged);
    const QRect cell = m_grid->imageArea(3);
    const QPointF cursor = QPointF(cell.center()) + QPointF(-60, 5);
    const QPointF under = m_grid->cellTransform(3).widgetToImage(cursor);
    QWheelEvent wheel(cursor, m_grid->mapToGlobal(cursor), QPoint(), QPoint(0, 360), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_grid, &wheel);
    QCOMPARE(changed.size(), 1);
    QVERIFY(qAbs(m_grid->relativeZoom() - 1.25 * 1.25 * 1.25) < 1e-9);
    QVERIFY(near(m_grid->cellTransform(3).widgetToImage(cursor), under)); // anchor kept
    // Every cell shows the same frame point at the same place within the cell.
    for (int i = 0; i < 4; ++i) {
        const QPointF same = cursor - QPointF(m_grid->imageArea(3).center()) + QPointF(m_grid->imageArea(i).center());
        QVERIFY(near(m_grid->cellTransform(i).widgetToImage(same), under));
        QCOMPARE(m_grid->cellTransform(i).zoom(), m_grid->cellTransform(3).zoom());
    }
}

void TestComparisonGrid::dragInOneCellPansAllCells()
{
    m_grid->setEntries(entries(4));
    m_grid->setView(4.0, QPointF(128, 32));
    const QPointF before = m_grid->cellTransform(0).imageToWidget(QPointF(100, 20));
    const QPointF otherBefore = m_grid->cellTransform(2).imageToWidget(QPointF(100, 20));
    const QPoint start = m_grid->imageArea(1).center();
    QTest::mousePress(m_grid, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(m_grid, start + QPoint(10, 3));
    QTest::mouseRelease(m_grid, Qt::LeftButton, Qt::NoModifier, start + QPoint(25, -6));
    QVERIFY(near(m_grid->cellTransform(0).imageToWidget(QPointF(100, 20)), before + QPointF(25, -6)));
    QVERIFY(near(m_grid->cellTransform(2).imageToWidget(QPointF(100, 20)), otherBefore + QPointF(25, -6)));
}

void TestComparisonGrid::keysZoomAndReset()
{
    m_grid->setEntries(entries(3));
    m_grid->setFocus();
    QTest::keyClick(m_grid, Qt::Key_Plus);
    QCOMPARE(m_grid->relativeZoom(), 1.25);
    QTest::keyClick(m_grid, Qt::Key_Right);
    QVERIFY(m_grid->viewCentre().x() > 128);
    QTest::keyClick(m_grid, Qt::Key_0);
    QCOMPARE(m_grid->relativeZoom(), 1.0);
    QCOMPARE(m_grid->viewCentre(), QPointF(128, 32));
    m_grid->setView(qQNaN(), QPointF()); // rejected
    QCOMPARE(m_grid->relativeZoom(), 1.0);
    m_grid->setView(2.0, QPointF(-1000, 5000)); // the centre stays on the frame
    QCOMPARE(m_grid->viewCentre(), QPointF(0, 64));
}

void TestComparisonGrid::differentSizesShowTheSameRegion()
{
    // A 64×16 input and 256×64 results: the input is stretched over the results' frame.
    QList<ComparisonEntry> list = entries(3);
    list.prepend({QStringLiteral("Input"), halves(64, 16), QString()});
    m_grid->setEntries(list);
    // Zoom into the left quarter: every cell, the input included, is all red there.
    m_grid->setView(4.0, QPointF(32, 32));
    const QImage shot = m_grid->grab().toImage().convertToFormat(QImage::Format_RGB32);
    for (int i = 0; i < 4; ++i) {
        const QRect area = m_grid->imageArea(i);
        QCOMPARE(shot.pixel(area.center()), qRgb(255, 0, 0));
        QCOMPARE(shot.pixel(area.left() + 3, area.top() + 3), qRgb(255, 0, 0));
    }
    // Right of the centre line of the frame (x = 128) every cell is blue.
    m_grid->setView(4.0, QPointF(160, 32));
    const QImage right = m_grid->grab().toImage().convertToFormat(QImage::Format_RGB32);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(right.pixel(m_grid->imageArea(i).center()), qRgb(0, 0, 255));
}

void TestComparisonGrid::grabRendersSensibly()
{
    const QString cropPath = sharedDataFile(QStringLiteral("crops/labelled/icdar2015-train/img_2_w00.png"));
    if (cropPath.isEmpty())
        QSKIP("../shared/data is not available");
    const QImage input(cropPath);
    QVERIFY(!input.isNull());
    const QSize big = input.size() * 4;
    m_grid->resize(720, 420);
    m_grid->setEntries({
        {tr("Input"), input, tr("%1×%2").arg(input.width()).arg(input.height())},
        {tr("Nearest ×4"), input.scaled(big), tr("reads “EX1T” 0.41")},
        {tr("Smooth ×4"), input.scaled(big, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), tr("reads “EXIT” 0.88")},
        {tr("Grey ×4"), input.convertToFormat(QImage::Format_Grayscale8).scaled(big, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), tr("reads “EXIT” 0.85")},
        {tr("Missing"), QImage(), tr("failed")},
    });
    QVERIFY(!saveWidgetGrab(m_grid, QStringLiteral("comparisongrid.png")).isEmpty());
    m_grid->setView(3.0, QPointF(big.width() * 0.3, big.height() * 0.5));
    QVERIFY(!saveWidgetGrab(m_grid, QStringLiteral("comparisongrid-zoomed.png")).isEmpty());
}

QTEST_MAIN(TestComparisonGrid)
#include "tst_comparisongrid.moc"
