#include "OcrEngine.h"
#include "RegionTextReader.h"

#include <QTest>

#include <stdexcept>

namespace {

// An engine whose detections are set by the test, and which says what it was asked.
class ScriptedEngine : public OcrEngine
{
public:
    QList<OcrTextBox> detections;
    bool detectFails = false;
    int detectCalls = 0, recognizeCalls = 0;

    QString id() const override { return QStringLiteral("scripted"); }
    QString displayName() const override { return QStringLiteral("Scripted"); }
    bool isAvailable(QString *) const override { return true; }
    OcrReading recognize(const QImage &) override
    {
        ++recognizeCalls;
        OcrReading reading;
        reading.text = QStringLiteral("WHOLE");
        return reading;
    }
    QList<OcrTextBox> detect(const QImage &) override
    {
        ++detectCalls;
        if (detectFails)
            throw std::runtime_error("this engine reads words only");
        return detections;
    }
};

OcrTextBox word(const QString &text, double x, double y, double w, double h)
{
    const QRectF r(x, y, w, h);
    return {QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()}), r, text, 0.9};
}

QImage blank(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(Qt::white);
    return image;
}

} // namespace

class RegionTextReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapeDecidesWhetherToLookForLines()
    {
        QVERIFY(RegionTextReader::mayHoldSeveralLines(QSize(100, 104)));
        QVERIFY(RegionTextReader::mayHoldSeveralLines(QSize(240, 100)));
        QVERIFY(!RegionTextReader::mayHoldSeveralLines(QSize(250, 100)));
        QVERIFY(!RegionTextReader::mayHoldSeveralLines(QSize(48, 17)));
        QVERIFY(!RegionTextReader::mayHoldSeveralLines(QSize(0, 0)));
    }

    // A three-line block, its words found out of order: the lines top to bottom, words left to right.
    void blockIsReadLineByLine()
    {
        ScriptedEngine engine;
        engine.detections = {word(QStringLiteral("Post"), 30, 70, 40, 18), word(QStringLiteral("The"), 35, 10, 30, 18),
                             word(QStringLiteral("Washington"), 5, 40, 90, 18)};
        QCOMPARE(RegionTextReader::read(engine, blank(100, 104)), QStringLiteral("The Washington Post"));
        QCOMPARE(engine.recognizeCalls, 0);
    }

    // A line-shaped region goes to the recognizer whole; nothing is detected.
    void lineIsReadWhole()
    {
        ScriptedEngine engine;
        engine.detections = {word(QStringLiteral("A"), 0, 0, 10, 10), word(QStringLiteral("B"), 0, 20, 10, 10)};
        QCOMPARE(RegionTextReader::read(engine, blank(200, 20)), QStringLiteral("WHOLE"));
        QCOMPARE(engine.detectCalls, 0);
        QCOMPARE(engine.recognizeCalls, 1);
    }

    // A block in which fewer than two lines turn up, or an engine that cannot detect: read whole.
    void blockWithoutLinesFallsBackToTheRecognizer()
    {
        ScriptedEngine oneLine;
        oneLine.detections = {word(QStringLiteral("The"), 10, 10, 30, 18), word(QStringLiteral("Post"), 45, 10, 40, 18)};
        QCOMPARE(RegionTextReader::read(oneLine, blank(100, 100)), QStringLiteral("WHOLE"));
        QCOMPARE(oneLine.detectCalls, 1);

        ScriptedEngine nothing;
        QCOMPARE(RegionTextReader::read(nothing, blank(100, 100)), QStringLiteral("WHOLE"));

        ScriptedEngine emptyTexts;
        emptyTexts.detections = {word(QStringLiteral(" "), 10, 10, 30, 18), word(QString(), 10, 50, 30, 18)};
        QCOMPARE(RegionTextReader::read(emptyTexts, blank(100, 100)), QStringLiteral("WHOLE"));

        ScriptedEngine wordsOnly;
        wordsOnly.detectFails = true;
        QCOMPARE(RegionTextReader::read(wordsOnly, blank(100, 100)), QStringLiteral("WHOLE"));
        QCOMPARE(wordsOnly.detectCalls, 1);
    }
};

QTEST_MAIN(RegionTextReaderTest)
#include "tst_regiontextreader.moc"
