#include "TextLineGrouper.h"

#include <QTest>

class TestTextLineGrouper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordsOnOneLineBecomeOneRegion();
    void distantWordsStayApart();
    void linesAboveEachOtherStayApart();
    void differentHeightsStayApart();
    void lowConfidenceIsDropped();
    void mergingCanBeTurnedOff();
    void readingOrderIsTopToBottomLeftToRight();
    void degenerateBoxesAreIgnored();

private:
    static OcrTextBox word(const QString &text, double x, double y, double w, double h, double confidence = 0.9)
    {
        const QRectF r(x, y, w, h);
        return {QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()}), r, text, confidence};
    }
};

void TestTextLineGrouper::wordsOnOneLineBecomeOneRegion()
{
    // Given out of order, slightly uneven baselines, gaps of about half a line height.
    const QList<OcrTextBox> words = {word(QStringLiteral("STREET"), 150, 52, 70, 20, 0.8),
                                     word(QStringLiteral("MAIN"), 100, 50, 40, 20, 0.9),
                                     word(QStringLiteral("NORTH"), 30, 49, 60, 21, 1.0)};
    const QList<OcrTextBox> lines = TextLineGrouper::group(words, {});
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().text, QStringLiteral("NORTH MAIN STREET"));
    QCOMPARE(lines.first().bounds, QRectF(30, 49, 190, 23));
    QCOMPARE(lines.first().quad.size(), 4);
    QCOMPARE(lines.first().quad.boundingRect(), lines.first().bounds);
    // Weighted by length: (5·1.0 + 4·0.9 + 6·0.8) / 15.
    QCOMPARE(lines.first().confidence, (5 * 1.0 + 4 * 0.9 + 6 * 0.8) / 15);
}

void TestTextLineGrouper::distantWordsStayApart()
{
    // A gap of 40 px at a height of 20 is two line heights: two signs side by side.
    const QList<OcrTextBox> words = {word(QStringLiteral("EXIT"), 0, 0, 40, 20), word(QStringLiteral("OPEN"), 80, 0, 40, 20)};
    QCOMPARE(TextLineGrouper::group(words, {}).size(), 2);
    // Just under 1.5 heights joins.
    const QList<OcrTextBox> close = {word(QStringLiteral("EXIT"), 0, 0, 40, 20), word(QStringLiteral("NOW"), 69, 0, 30, 20)};
    QCOMPARE(TextLineGrouper::group(close, {}).size(), 1);
    TextLineGrouper::Settings tight;
    tight.gapFactor = 1.0;
    QCOMPARE(TextLineGrouper::group(close, tight).size(), 2);
}

void TestTextLineGrouper::linesAboveEachOtherStayApart()
{
    const QList<OcrTextBox> words = {word(QStringLiteral("FRESH"), 10, 10, 50, 20), word(QStringLiteral("COFFEE"), 10, 35, 60, 20),
                                     word(QStringLiteral("BREAD"), 70, 11, 50, 20)};
    const QList<OcrTextBox> lines = TextLineGrouper::group(words, {});
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).text, QStringLiteral("FRESH BREAD"));
    QCOMPARE(lines.at(1).text, QStringLiteral("COFFEE"));
}

void TestTextLineGrouper::differentHeightsStayApart()
{
    // A headline and the small print beside it.
    const QList<OcrTextBox> words = {word(QStringLiteral("SALE"), 0, 0, 120, 60), word(QStringLiteral("today"), 125, 30, 40, 15)};
    QCOMPARE(TextLineGrouper::group(words, {}).size(), 2);
}

void TestTextLineGrouper::lowConfidenceIsDropped()
{
    const QList<OcrTextBox> words = {word(QStringLiteral("HOTEL"), 0, 0, 50, 20, 0.95), word(QStringLiteral("~~"), 60, 0, 20, 20, 0.2),
                                     word(QStringLiteral("PARIS"), 75, 0, 50, 20, 0.7)};
    TextLineGrouper::Settings settings;
    settings.minimumConfidence = 0.5;
    const QList<OcrTextBox> lines = TextLineGrouper::group(words, settings);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().text, QStringLiteral("HOTEL PARIS"));
    settings.minimumConfidence = 0.8;
    const QList<OcrTextBox> strict = TextLineGrouper::group(words, settings);
    QCOMPARE(strict.size(), 1);
    QCOMPARE(strict.first().text, QStringLiteral("HOTEL"));
    settings.minimumConfidence = 1.0;
    QVERIFY(TextLineGrouper::group(words, settings).isEmpty());
}

void TestTextLineGrouper::mergingCanBeTurnedOff()
{
    const QList<OcrTextBox> words = {word(QStringLiteral("NO"), 0, 0, 30, 20), word(QStringLiteral("PARKING"), 40, 0, 80, 20)};
    TextLineGrouper::Settings settings;
    settings.mergeWords = false;
    const QList<OcrTextBox> lines = TextLineGrouper::group(words, settings);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).text, QStringLiteral("NO"));
    QCOMPARE(lines.at(0).quad, words.at(0).quad); // a single word keeps its own quad
}

void TestTextLineGrouper::readingOrderIsTopToBottomLeftToRight()
{
    const QList<OcrTextBox> words = {word(QStringLiteral("C"), 0, 100, 30, 20), word(QStringLiteral("B"), 300, 2, 30, 20),
                                     word(QStringLiteral("A"), 0, 0, 30, 20)};
    const QList<OcrTextBox> lines = TextLineGrouper::group(words, {});
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).text, QStringLiteral("A"));
    QCOMPARE(lines.at(1).text, QStringLiteral("B"));
    QCOMPARE(lines.at(2).text, QStringLiteral("C"));
}

void TestTextLineGrouper::degenerateBoxesAreIgnored()
{
    const QList<OcrTextBox> words = {word(QStringLiteral("A"), 0, 0, 0, 20), word(QStringLiteral("B"), 5, 5, 10, 0),
                                     word(QStringLiteral("C"), 20, 0, 20, 20)};
    const QList<OcrTextBox> lines = TextLineGrouper::group(words, {});
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().text, QStringLiteral("C"));
    QVERIFY(TextLineGrouper::group({}, {}).isEmpty());
}

QTEST_APPLESS_MAIN(TestTextLineGrouper)
#include "tst_textlinegrouper.moc"
