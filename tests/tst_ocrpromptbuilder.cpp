#include "CharacterSet.h"
#include "FontCatalog.h"
#include "OcrPromptBuilder.h"

#include <QFileInfo>
#include <QImage>
#include <QTest>

#include <optional>
#include <stdexcept>

// GLYPH-SR's text-branch condition from OCR boxes: where the glyphs land, the prompts' words,
// the character classes, and what an empty reading gives.
class TestOcrPromptBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nothingFoundGivesAnEmptyCondition();
    void glyphsLandInTheScaledBox();
    void promptsNameThePosition_data();
    void promptsNameThePosition();
    void characterClassesPerBox();
    void boxesPartlyOutsideAreClipped();
    void tileOffsetIsApplied();
    void rotatedQuadsKeepTheirAngle();
    void confidenceAndCountLimits();
    void evaluationFontsAndBadTilesAreRejected();

private:
    static OcrTextBox box(const QString &text, const QRectF &rect, double confidence = 0.9);
    // The bounding rectangle of the pixels above `threshold`; null if there are none.
    static QRect inkBounds(const QImage &gray, int threshold = 0);
    static int inkPixels(const QImage &gray, const QRect &area, int threshold = 0);

    std::optional<OcrPromptBuilder> m_builder;
};

OcrTextBox TestOcrPromptBuilder::box(const QString &text, const QRectF &rect, double confidence)
{
    OcrTextBox b;
    b.text = text;
    b.bounds = rect;
    b.quad = QPolygonF({rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()});
    b.confidence = confidence;
    return b;
}

QRect TestOcrPromptBuilder::inkBounds(const QImage &gray, int threshold)
{
    QRect bounds;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (row[x] > threshold)
                bounds = bounds.united(QRect(x, y, 1, 1));
        }
    }
    return bounds;
}

int TestOcrPromptBuilder::inkPixels(const QImage &gray, const QRect &area, int threshold)
{
    int count = 0;
    const QRect clipped = area.intersected(gray.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y)
        for (int x = clipped.left(); x <= clipped.right(); ++x)
            count += gray.constScanLine(y)[x] > threshold ? 1 : 0;
    return count;
}

void TestOcrPromptBuilder::initTestCase()
{
    QString error;
    const QString font = OcrPromptBuilder::defaultFontFile(&error);
    if (font.isEmpty())
        QSKIP(qPrintable(error));
    QVERIFY2(!FontCatalog::isReservedForEvaluation(font), qPrintable(font));
    QVERIFY2(QFileInfo(font).fileName().contains(QLatin1String("Sans")), qPrintable(font));
    m_builder.emplace(font);
    QCOMPARE(m_builder->fontFile(), font);
}

void TestOcrPromptBuilder::nothingFoundGivesAnEmptyCondition()
{
    const QRect tile(0, 0, 48, 32);
    const QList<QList<OcrTextBox>> nothing = {
        {},
        {box(QString(), QRectF(4, 4, 20, 8))},        // detected but not read
        {box(QStringLiteral("   "), QRectF(4, 4, 20, 8))},
        {box(QStringLiteral("EXIT"), QRectF(60, 4, 20, 8))}, // wholly outside the tile
    };
    for (const QList<OcrTextBox> &boxes : nothing) {
        const TextCondition condition = m_builder->build(boxes, tile, 4);
        QVERIFY(!condition.textFound);
        QVERIFY(condition.prompts.isEmpty());
        QVERIFY(condition.texts.isEmpty());
        QVERIFY(condition.boxes.isEmpty());
        QVERIFY(condition.characterClasses.isEmpty());
        QCOMPARE(condition.glyphs.size(), QSize(192, 128));
        QCOMPARE(condition.glyphs.format(), QImage::Format_Grayscale8);
        QVERIFY(inkBounds(condition.glyphs).isNull()); // all black
    }
}

void TestOcrPromptBuilder::glyphsLandInTheScaledBox()
{
    // "HSBC" read at (4, 3) 20×8 on a 64×32 LR tile; at ×4 its box is (16, 12) 80×32.
    const TextCondition condition = m_builder->build({box(QStringLiteral("HSBC"), QRectF(4, 3, 20, 8))}, QRect(0, 0, 64, 32), 4);
    QVERIFY(condition.textFound);
    QCOMPARE(condition.glyphs.size(), QSize(256, 128));
    const QRect hrBox(16, 12, 80, 32);
    QCOMPARE(condition.boxes, QList<QRect>{hrBox});
    const QRect ink = inkBounds(condition.glyphs);
    QVERIFY2(hrBox.contains(ink), qPrintable(QStringLiteral("ink %1,%2 %3x%4").arg(ink.x()).arg(ink.y()).arg(ink.width()).arg(ink.height())));
    // Fitted, not a speck: the ink spans most of the box, and the strokes are bright and solid.
    QVERIFY(ink.width() >= 0.8 * hrBox.width());
    QVERIFY(ink.height() >= 0.7 * hrBox.height());
    const int solid = inkPixels(condition.glyphs, hrBox, 200);
    QVERIFY2(solid > 0.15 * hrBox.width() * hrBox.height(), qPrintable(QString::number(solid)));
    // Four letters side by side: four runs of inked columns.
    int runs = 0;
    bool inside = false;
    for (int x = 0; x < condition.glyphs.width(); ++x) {
        const bool on = inkPixels(condition.glyphs, QRect(x, 0, 1, condition.glyphs.height()), 127) > 0;
        runs += on && !inside ? 1 : 0;
        inside = on;
    }
    QCOMPARE(runs, 4);
}

void TestOcrPromptBuilder::promptsNameThePosition_data()
{
    QTest::addColumn<QRectF>("lowResolutionBox");
    QTest::addColumn<QString>("prompt");
    // A 90×60 LR tile: thirds at x 30/60, y 20/40.
    QTest::newRow("top left") << QRectF(2, 2, 20, 8) << QStringLiteral("\"WORD\" appears at the top left of the image");
    QTest::newRow("top center") << QRectF(35, 2, 20, 8) << QStringLiteral("\"WORD\" appears at the top center of the image");
    QTest::newRow("top right") << QRectF(66, 2, 20, 8) << QStringLiteral("\"WORD\" appears at the top right of the image");
    QTest::newRow("middle left") << QRectF(2, 26, 20, 8) << QStringLiteral("\"WORD\" appears at the middle left of the image");
    QTest::newRow("center") << QRectF(35, 26, 20, 8) << QStringLiteral("\"WORD\" appears at the center of the image");
    QTest::newRow("middle right") << QRectF(66, 26, 20, 8) << QStringLiteral("\"WORD\" appears at the middle right of the image");
    QTest::newRow("bottom left") << QRectF(2, 50, 20, 8) << QStringLiteral("\"WORD\" appears at the bottom left of the image");
    QTest::newRow("bottom center") << QRectF(35, 50, 20, 8) << QStringLiteral("\"WORD\" appears at the bottom center of the image");
    QTest::newRow("bottom right") << QRectF(66, 50, 20, 8) << QStringLiteral("\"WORD\" appears at the bottom right of the image");
    // The centre decides: a wide box starting at the left but centred is "center".
    QTest::newRow("wide, centred") << QRectF(5, 26, 80, 8) << QStringLiteral("\"WORD\" appears at the center of the image");
}

void TestOcrPromptBuilder::promptsNameThePosition()
{
    QFETCH(QRectF, lowResolutionBox);
    QFETCH(QString, prompt);
    const TextCondition condition = m_builder->build({box(QStringLiteral("WORD"), lowResolutionBox)}, QRect(0, 0, 90, 60), 2);
    QCOMPARE(condition.prompts, QStringList{prompt});
    QCOMPARE(condition.texts, QStringList{QStringLiteral("WORD")});
    // Ink lies in that box only (a pixel of anti-aliasing at most beyond it).
    const QRect hrBox = QRectF(lowResolutionBox.topLeft() * 2, lowResolutionBox.size() * 2).toAlignedRect();
    QVERIFY(hrBox.adjusted(-1, -1, 1, 1).contains(inkBounds(condition.glyphs)));
}

void TestOcrPromptBuilder::characterClassesPerBox()
{
    const TextCondition condition = m_builder->build(
        {box(QStringLiteral("HSBC"), QRectF(2, 2, 30, 10)), box(QStringLiteral("Open 24h!"), QRectF(2, 30, 60, 10)),
         box(QStringLiteral("日本"), QRectF(40, 2, 20, 10))},
        QRect(0, 0, 64, 48), 4);
    QCOMPARE(condition.texts, QStringList({QStringLiteral("HSBC"), QStringLiteral("Open 24h!"), QStringLiteral("日本")}));
    QCOMPARE(condition.characterClasses.size(), 3);
    // Digits are classes 1..10 and letters 11..36, case-insensitively; spaces are no class.
    QCOMPARE(condition.characterClasses[0], (QList<int>{18, 29, 12, 13}));
    QCOMPARE(condition.characterClasses[1], CharacterSet::encode(QStringLiteral("open24h!")));
    QCOMPARE(CharacterSet::decode(condition.characterClasses[1]), QStringLiteral("open24h!"));
    // Text outside the character set keeps its prompt but has no classes.
    QVERIFY(condition.characterClasses[2].isEmpty());
    QCOMPARE(condition.prompts[2], QStringLiteral("\"日本\" appears at the top right of the image"));
}

void TestOcrPromptBuilder::boxesPartlyOutsideAreClipped()
{
    // A word hanging over the left edge of a 64×32 LR tile: LR x −10..20, at ×4 −40..80.
    const TextCondition condition = m_builder->build({box(QStringLiteral("MARKET"), QRectF(-10, 20, 30, 8))}, QRect(0, 0, 64, 32), 4);
    QVERIFY(condition.textFound);
    QCOMPARE(condition.boxes, QList<QRect>{QRect(0, 80, 80, 32)});
    const QRect ink = inkBounds(condition.glyphs);
    QVERIFY(!ink.isNull());
    QVERIFY(QRect(0, 80, 81, 33).contains(ink));
    QCOMPARE(ink.left(), 0); // the word goes on past the edge
    // Position from the visible part's centre (40, 96) of 256×128: bottom left.
    QCOMPARE(condition.prompts, QStringList{QStringLiteral("\"MARKET\" appears at the bottom left of the image")});

    // Off the bottom right corner.
    const TextCondition corner = m_builder->build({box(QStringLiteral("EXIT"), QRectF(50, 24, 30, 16))}, QRect(0, 0, 64, 32), 2);
    QCOMPARE(corner.boxes, QList<QRect>{QRect(100, 48, 28, 16)});
    QVERIFY(QRect(100, 48, 28, 16).contains(inkBounds(corner.glyphs)));
}

void TestOcrPromptBuilder::tileOffsetIsApplied()
{
    // Boxes in photo coordinates, the tile at (100, 50) of that photo.
    const TextCondition condition = m_builder->build({box(QStringLiteral("CAFE"), QRectF(140, 70, 20, 8)),
                                                      box(QStringLiteral("BAR"), QRectF(10, 10, 20, 8))},
                                                     QRect(100, 50, 64, 32), 4);
    QCOMPARE(condition.texts, QStringList{QStringLiteral("CAFE")});
    QCOMPARE(condition.boxes, QList<QRect>{QRect(160, 80, 80, 32)});
    QVERIFY(QRect(160, 80, 80, 32).contains(inkBounds(condition.glyphs)));
}

void TestOcrPromptBuilder::rotatedQuadsKeepTheirAngle()
{
    // Text running bottom to top: the quad starts at the bottom left (the text's top left).
    OcrTextBox vertical;
    vertical.text = QStringLiteral("LONGWORD");
    vertical.bounds = QRectF(20, 4, 10, 56);
    vertical.quad = QPolygonF({QPointF(20, 60), QPointF(20, 4), QPointF(30, 4), QPointF(30, 60)});
    vertical.confidence = 0.8;
    const TextCondition condition = m_builder->build({vertical}, QRect(0, 0, 64, 64), 2);
    const QRect ink = inkBounds(condition.glyphs);
    QVERIFY(QRect(40, 8, 20, 112).adjusted(-1, -1, 1, 1).contains(ink));
    QVERIFY(ink.height() > 4 * ink.width());

    // A tall quad in the usual corner order holds text running top to bottom (as PP-OCR reads
    // it): the heavy letters first, so the top quarter of the box (y 8..36 at HR) carries far
    // more ink than the bottom quarter (y 92..120), which holds only the dots.
    const TextCondition tall = m_builder->build({box(QStringLiteral("MWMW...."), QRectF(20, 4, 10, 56))}, QRect(0, 0, 64, 64), 2);
    const int top = inkPixels(tall.glyphs, QRect(0, 8, 128, 28), 127);
    const int bottom = inkPixels(tall.glyphs, QRect(0, 92, 128, 28), 127);
    QVERIFY2(top > 3 * bottom, qPrintable(QStringLiteral("%1 %2").arg(top).arg(bottom)));
    QVERIFY(QRect(40, 8, 20, 112).adjusted(-1, -1, 1, 1).contains(inkBounds(tall.glyphs)));
}

void TestOcrPromptBuilder::confidenceAndCountLimits()
{
    OcrPromptBuilder builder(m_builder->fontFile());
    const QList<OcrTextBox> boxes = {box(QStringLiteral("ONE"), QRectF(2, 2, 20, 8), 0.9),
                                     box(QStringLiteral("TWO"), QRectF(2, 20, 20, 8), 0.2),
                                     box(QStringLiteral("THREE"), QRectF(2, 40, 20, 8), 0.7)};
    const QRect tile(0, 0, 64, 64);
    QCOMPARE(builder.build(boxes, tile, 1).texts.size(), 3);
    builder.setMinimumConfidence(0.5);
    QCOMPARE(builder.build(boxes, tile, 1).texts, QStringList({QStringLiteral("ONE"), QStringLiteral("THREE")}));
    builder.setMinimumConfidence(0.0);
    builder.setMaximumBoxes(2);
    // The two most confident, in the OCR's order.
    QCOMPARE(builder.build(boxes, tile, 1).texts, QStringList({QStringLiteral("ONE"), QStringLiteral("THREE")}));
    builder.setMaximumBoxes(0);
    QVERIFY(!builder.build(boxes, tile, 1).textFound);
}

void TestOcrPromptBuilder::evaluationFontsAndBadTilesAreRejected()
{
    try {
        OcrPromptBuilder reserved(QStringLiteral("/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf"));
        QFAIL("an evaluation font was accepted");
    } catch (const std::runtime_error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("reserved for evaluation")), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, OcrPromptBuilder(QStringLiteral("/nonexistent/font.ttf")));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_builder->build({}, QRect(), 4));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_builder->build({}, QRect(0, 0, 8, 8), 0));
}

QTEST_MAIN(TestOcrPromptBuilder)
#include "tst_ocrpromptbuilder.moc"
