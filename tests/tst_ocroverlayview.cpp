#include "OcrBoxCanvas.h"
#include "OcrOverlayView.h"
#include "WidgetGrab.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace {

OcrTextBox box(const QRectF &bounds, const QString &text, double confidence)
{
    OcrTextBox result;
    result.quad = QPolygonF({bounds.topLeft(), bounds.topRight(), bounds.bottomRight(), bounds.bottomLeft()});
    result.bounds = bounds;
    result.text = text;
    result.confidence = confidence;
    return result;
}

// ICDAR 2015 ground truth: x1,y1,...,x4,y4,text per line (a BOM may start the file).
QList<OcrTextBox> readIcdarBoxes(const QString &path)
{
    QList<OcrTextBox> boxes;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return boxes;
    double confidence = 0.35;
    const QString text = QString::fromUtf8(file.readAll());
    for (QString line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line.remove(QChar(0xfeff));
        const QStringList fields = line.trimmed().split(QLatin1Char(','));
        if (fields.size() < 9)
            continue;
        OcrTextBox parsed;
        for (int i = 0; i < 8; i += 2)
            parsed.quad << QPointF(fields.at(i).toDouble(), fields.at(i + 1).toDouble());
        parsed.bounds = parsed.quad.boundingRect();
        parsed.text = fields.mid(8).join(QLatin1Char(','));
        if (parsed.text == QLatin1String("###"))
            parsed.text.clear(); // "do not care" regions: detected, not read
        // Made-up confidences spread over the colour range, for the picture only.
        parsed.confidence = confidence;
        confidence = confidence >= 0.95 ? 0.35 : confidence + 0.2;
        boxes.append(parsed);
    }
    return boxes;
}

} // namespace

class TestOcrOverlayView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyStateSaysNotReadYet();
    void clickSelectsTheBoxUnderTheCursor();
    void keysWalkTheBoxes();
    void diffHighlightsTheChangedCharacters();
    void sameReadingSaysSo();
    void readingsAreEscaped();
    void grabRendersSensibly();

private:
    OcrOverlayView *m_view = nullptr;
    OcrBoxCanvas *m_canvas = nullptr;
};

void TestOcrOverlayView::init()
{
    m_view = new OcrOverlayView;
    m_view->resize(600, 420);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_canvas = m_view->findChild<OcrBoxCanvas *>(QStringLiteral("ocrCanvas"));
    QVERIFY(m_canvas);
}

void TestOcrOverlayView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestOcrOverlayView::emptyStateSaysNotReadYet()
{
    QVERIFY(m_view->summaryText().contains(QStringLiteral("Not read yet")));
    QCOMPARE(m_view->selectedBox(), -1);
    QTest::mouseClick(m_canvas, Qt::LeftButton, Qt::NoModifier, QPoint(50, 50));
    QCOMPARE(m_view->selectedBox(), -1);
    QVERIFY(!saveWidgetGrab(m_view, QStringLiteral("ocroverlay-empty.png")).isEmpty());
}

void TestOcrOverlayView::clickSelectsTheBoxUnderTheCursor()
{
    QImage photo(400, 200, QImage::Format_RGB32);
    photo.fill(Qt::lightGray);
    m_view->setImage(photo);
    OcrTextBox partial = box(QRectF(300, 20, 60, 30), QStringLiteral("x"), 0.5);
    partial.quad.clear(); // only bounds known: still hit-tested by them
    m_view->setBoxes({box(QRectF(20, 20, 200, 100), QStringLiteral("EXIT"), 0.9),
                      box(QRectF(50, 40, 40, 20), QStringLiteral("E"), 0.3), partial});
    QSignalSpy selected(m_view, &OcrOverlayView::boxSelected);

    // Inside both the big and the small box: the smaller one is meant.
    QTest::mouseClick(m_canvas, Qt::LeftButton, Qt::NoModifier, m_canvas->imageToWidget(QPointF(70, 50)).toPoint());
    QCOMPARE(m_view->selectedBox(), 1);
    QTest::mouseClick(m_canvas, Qt::LeftButton, Qt::NoModifier, m_canvas->imageToWidget(QPointF(150, 100)).toPoint());
    QCOMPARE(m_view->selectedBox(), 0);
    QTest::mouseClick(m_canvas, Qt::LeftButton, Qt::NoModifier, m_canvas->imageToWidget(QPointF(330, 35)).toPoint());
    QCOMPARE(m_view->selectedBox(), 2);
    QTest::mouseClick(m_canvas, Qt::LeftButton, Qt::NoModifier, m_canvas->imageToWidget(QPointF(380, 180)).toPoint());
    QCOMPARE(m_view->selectedBox(), -1);
    QCOMPARE(selected.size(), 4);
    QCOMPARE(selected.last().first().toInt(), -1);

    // A drag pans and does not select.
    const QPointF origin = m_canvas->imageToWidget(QPointF(0, 0));
    const QPoint start = m_canvas->imageToWidget(QPointF(70, 50)).toPoint();
    QTest::mousePress(m_canvas, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(m_canvas, start + QPoint(20, 10));
    QTest::mouseRelease(m_canvas, Qt::LeftButton, Qt::NoModifier, start + QPoint(20, 10));
    QCOMPARE(m_canvas->imageToWidget(QPointF(0, 0)), origin + QPointF(20, 10));
    QCOMPARE(m_view->selectedBox(), -1);
}

void TestOcrOverlayView::keysWalkTheBoxes()
{
    QImage photo(400, 200, QImage::Format_RGB32);
    photo.fill(Qt::lightGray);
    m_view->setImage(photo);
    m_view->setBoxes({box(QRectF(10, 10, 50, 20), QStringLiteral("a"), 0.9),
                      box(QRectF(100, 10, 50, 20), QStringLiteral("b"), 0.6),
                      box(QRectF(200, 10, 50, 20), QStringLiteral("c"), 0.2)});
    m_canvas->setFocus();
    QTest::keyClick(m_canvas, Qt::Key_N);
    QCOMPARE(m_view->selectedBox(), 0);
    QTest::keyClick(m_canvas, Qt::Key_Tab);
    QCOMPARE(m_view->selectedBox(), 1);
    QTest::keyClick(m_canvas, Qt::Key_P);
    QCOMPARE(m_view->selectedBox(), 0);
    QTest::keyClick(m_canvas, Qt::Key_P); // wraps
    QCOMPARE(m_view->selectedBox(), 2);
    QTest::keyClick(m_canvas, Qt::Key_Escape);
    QCOMPARE(m_view->selectedBox(), -1);
    const double fit = m_canvas->zoom();
    QTest::keyClick(m_canvas, Qt::Key_Plus);
    QVERIFY(m_canvas->zoom() > fit);
    QTest::keyClick(m_canvas, Qt::Key_0);
    QCOMPARE(m_canvas->zoom(), fit);
    m_view->setSelectedBox(99); // out of range: no selection, no crash
    QCOMPARE(m_view->selectedBox(), -1);
}

void TestOcrOverlayView::diffHighlightsTheChangedCharacters()
{
    m_view->setReadings(QStringLiteral("Gen4xis Thetre"), QStringLiteral("Genaxis Theatre"));
    const ReadingDiff &diff = m_view->readingDiff();
    QCOMPARE(diff.distance(), 2);
    QCOMPARE(diff.count(ReadingDiff::Kind::Substitution), 1);
    QCOMPARE(diff.count(ReadingDiff::Kind::Insertion), 1);
    const QString substituted = OcrOverlayView::substitutionColour().name();
    const QString inserted = OcrOverlayView::insertionColour().name();
    QVERIFY(m_view->beforeRowHtml().contains(QStringLiteral("background-color:%1\">4<").arg(substituted)));
    QVERIFY(m_view->afterRowHtml().contains(QStringLiteral("background-color:%1\">a<").arg(substituted)));
    QVERIFY(m_view->afterRowHtml().contains(QStringLiteral("background-color:%1\">a<").arg(inserted)));
    QVERIFY(m_view->beforeRowHtml().contains(QStringLiteral("·"))); // the gap where "a" was inserted
    QVERIFY(m_view->summaryText().contains(QStringLiteral("1 substituted, 1 inserted, 0 deleted")));

    m_view->setReadings(QStringLiteral("EXIIT"), QStringLiteral("EXIT"));
    QVERIFY(m_view->beforeRowHtml().contains(
        QStringLiteral("background-color:%1\"><s>I</s><").arg(OcrOverlayView::deletionColour().name())));
}

void TestOcrOverlayView::sameReadingSaysSo()
{
    m_view->setReadings(QStringLiteral("Carpark"), QStringLiteral("Carpark"));
    QVERIFY(m_view->summaryText().contains(QStringLiteral("Same reading")));
    QVERIFY(!m_view->beforeRowHtml().contains(QStringLiteral("background-color")));
}

void TestOcrOverlayView::readingsAreEscaped()
{
    m_view->setReadings(QStringLiteral("<b>"), QStringLiteral("<i>"));
    QVERIFY(!m_view->beforeRowHtml().contains(QStringLiteral("<b>")));
    QVERIFY(m_view->beforeRowHtml().contains(QStringLiteral("&lt;")));
    QCOMPARE(m_view->readingDiff().distance(), 1);
}

void TestOcrOverlayView::grabRendersSensibly()
{
    const QString photoPath = sharedDataFile(QStringLiteral("scenes/icdar2015-train-gt/img_1.jpg"));
    const QString truthPath = sharedDataFile(QStringLiteral("scenes/icdar2015-train-gt/gt_img_1.txt"));
    if (photoPath.isEmpty() || truthPath.isEmpty())
        QSKIP("../shared/data is not available");
    const QImage photo(photoPath);
    QVERIFY(!photo.isNull());
    const QList<OcrTextBox> boxes = readIcdarBoxes(truthPath);
    QVERIFY(boxes.size() >= 3);
    m_view->resize(900, 600);
    m_view->setImage(photo);
    m_view->setBoxes(boxes);
    m_view->setSelectedBox(0);
    m_view->setReadings(QStringLiteral("Gen4xis Thetre"), QStringLiteral("Genaxis Theatre"));
    QVERIFY(!saveWidgetGrab(m_view, QStringLiteral("ocroverlay.png")).isEmpty());
}

QTEST_MAIN(TestOcrOverlayView)
#include "tst_ocroverlayview.moc"
