#include "FontCatalog.h"
#include "GlyphExtractor.h"
#include "GlyphPainter.h"
#include "SeededRandom.h"
#include "TextCorpus.h"
#include "TextLineSynthesizer.h"

#include <QPainter>
#include <QTest>

#include <cmath>

// The training-free extractor against the renderer's exact masks: the renderer knows where
// every glyph is, the extractor has only the pixels.
class TestGlyphExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanLinesMatchTheRenderersMasks();
    void styledLinesMatchTheRenderersMasks();
    void darkOnLightAndLightOnDark();
    void hueOnlyContrastIsFound();
    void dotsJoinTheirLetters();
    void specksAreDropped();
    void atMostSixteenCharacters();
    void degenerateImagesGiveEmptyResults();
    void lightLettersBetweenDarkBands();

private:
    struct Score
    {
        double lineIoU = 0;       // line masks thresholded at one half, mean over lines
        double softLineIoU = 0;   // Σmin / Σmax of the coverages, mean over lines
        double exactCount = 0;    // share of lines with as many characters as the text
        double countError = 0;    // mean |found − true|
        double characterIoU = 0;  // mean over characters of lines whose count is right
        int lines = 0;
    };
    // `clean`: the renderer's coverage composited in two plain colours (anti-aliased text as a
    // flat sign would show it); otherwise the renderer's own styled image (textured
    // backgrounds, gradients, shadows, outlines, translucent ink).
    Score score(bool clean, int count) const;
    TextLineSynthesizer synthesizer() const;
    static QImage composite(const QImage &coverage, const QColor &ink, const QColor &background);
    static QImage renderText(const QString &text, const QColor &ink, const QColor &background, QSize size);

    FontCatalog m_fonts;
};

void TestGlyphExtractor::initTestCase()
{
    m_fonts = FontCatalog::scan(FontCatalog::Purpose::Training);
    if (m_fonts.isEmpty())
        QSKIP("no training fonts are installed");
}

TextLineSynthesizer TestGlyphExtractor::synthesizer() const
{
    // Fixed words keep the figures independent of the installed dictionary.
    const TextCorpus corpus = TextCorpus::fromWords(
        {QStringLiteral("market"), QStringLiteral("open"), QStringLiteral("exit"), QStringLiteral("glyph"),
         QStringLiteral("coffee"), QStringLiteral("station"), QStringLiteral("Quarry"), QStringLiteral("jump"),
         QStringLiteral("street"), QStringLiteral("avenue"), QStringLiteral("bakery"), QStringLiteral("hotel"),
         QStringLiteral("pharmacy"), QStringLiteral("library"), QStringLiteral("tickets"), QStringLiteral("window")});
    SynthesisSettings settings;
    settings.seed = 20261123;
    return TextLineSynthesizer(settings, m_fonts, corpus);
}

QImage TestGlyphExtractor::composite(const QImage &coverage, const QColor &ink, const QColor &background)
{
    QImage image(coverage.size(), QImage::Format_RGB888);
    for (int y = 0; y < image.height(); ++y) {
        const uchar *a = coverage.constScanLine(y);
        uchar *out = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            const double t = a[x] / 255.0;
            out[3 * x] = uchar(std::lround(background.red() + t * (ink.red() - background.red())));
            out[3 * x + 1] = uchar(std::lround(background.green() + t * (ink.green() - background.green())));
            out[3 * x + 2] = uchar(std::lround(background.blue() + t * (ink.blue() - background.blue())));
        }
    }
    return image;
}

QImage TestGlyphExtractor::renderText(const QString &text, const QColor &ink, const QColor &background, QSize size)
{
    QImage image(size, QImage::Format_RGB888);
    image.fill(background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(size.height() * 6 / 10);
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, text);
    return image;
}

TestGlyphExtractor::Score TestGlyphExtractor::score(bool clean, int count) const
{
    const TextLineSynthesizer lines = synthesizer();
    Score total;
    int characters = 0;
    for (int i = 0; i < count; ++i) {
        const TextLineSample sample = lines.sample(quint64(i));
        QImage input = sample.highResolution;
        if (clean) {
            SeededRandom random = SeededRandom::forStream(7, quint64(i));
            const QColor background = QColor::fromHsvF(random.uniform(), random.uniform(0.0, 0.8), random.uniform());
            const QColor ink = GlyphPainter::contrastingColor(
                0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue(), random);
            input = composite(sample.lineMask, ink, background);
        }
        const GlyphExtraction found = GlyphExtractor::extract(input);
        if (found.isEmpty()) {
            ++total.lines;
            total.countError += sample.characterBoxes.size();
            continue;
        }
        qint64 both = 0, either = 0;
        double softMin = 0, softMax = 0;
        for (int y = 0; y < input.height(); ++y) {
            const uchar *truth = sample.lineMask.constScanLine(y);
            const uchar *mask = found.lineMask.constScanLine(y);
            for (int x = 0; x < input.width(); ++x) {
                both += truth[x] >= 128 && mask[x] >= 128;
                either += truth[x] >= 128 || mask[x] >= 128;
                softMin += std::min(truth[x], mask[x]);
                softMax += std::max(truth[x], mask[x]);
            }
        }
        total.lineIoU += either ? double(both) / either : 1.0;
        total.softLineIoU += softMax > 0 ? softMin / softMax : 1.0;
        const int truthCount = int(sample.characterBoxes.size());
        const int foundCount = int(found.characterMasks.size());
        total.countError += std::abs(foundCount - truthCount);
        if (foundCount == truthCount) {
            total.exactCount += 1;
            for (int k = 0; k < truthCount; ++k) {
                qint64 inter = 0, uni = 0;
                for (int y = 0; y < input.height(); ++y) {
                    const uchar *index = sample.characterIndex.constScanLine(y);
                    const uchar *mask = found.characterMasks.at(k).constScanLine(y);
                    for (int x = 0; x < input.width(); ++x) {
                        const bool t = index[x] == k + 1, f = mask[x] >= 128;
                        inter += t && f;
                        uni += t || f;
                    }
                }
                total.characterIoU += uni ? double(inter) / uni : 1.0;
                ++characters;
            }
        }
        ++total.lines;
    }
    total.lineIoU /= total.lines;
    total.softLineIoU /= total.lines;
    total.exactCount /= total.lines;
    total.countError /= total.lines;
    total.characterIoU = characters ? total.characterIoU / characters : 0;
    return total;
}

void TestGlyphExtractor::cleanLinesMatchTheRenderersMasks()
{
    const Score s = score(true, 300);
    qInfo("clean lines (%d, 128×32, training fonts, plain colours): line IoU %.3f, soft line IoU %.3f, "
          "exact character count %.1f %%, mean count error %.2f, character IoU %.3f",
          s.lines, s.lineIoU, s.softLineIoU, 100 * s.exactCount, s.countError, s.characterIoU);
    // Measured (this machine's training fonts): 0.969, 0.978, 89.7 %, 0.18, 0.965.
    QVERIFY2(s.lineIoU > 0.95, qPrintable(QString::number(s.lineIoU)));
    QVERIFY2(s.softLineIoU > 0.95, qPrintable(QString::number(s.softLineIoU)));
    QVERIFY2(s.exactCount > 0.85, qPrintable(QString::number(s.exactCount)));
    QVERIFY2(s.countError < 0.3, qPrintable(QString::number(s.countError)));
    QVERIFY2(s.characterIoU > 0.94, qPrintable(QString::number(s.characterIoU)));
}

void TestGlyphExtractor::styledLinesMatchTheRenderersMasks()
{
    const Score s = score(false, 300);
    qInfo("styled lines (%d, 128×32, the renderer's backgrounds and effects): line IoU %.3f, soft line IoU %.3f, "
          "exact character count %.1f %%, mean count error %.2f, character IoU %.3f",
          s.lines, s.lineIoU, s.softLineIoU, 100 * s.exactCount, s.countError, s.characterIoU);
    // Measured: 0.871, 0.780, 78.3 %, 0.53, 0.920.
    QVERIFY2(s.lineIoU > 0.84, qPrintable(QString::number(s.lineIoU)));
    QVERIFY2(s.softLineIoU > 0.74, qPrintable(QString::number(s.softLineIoU)));
    QVERIFY2(s.exactCount > 0.72, qPrintable(QString::number(s.exactCount)));
    QVERIFY2(s.countError < 0.7, qPrintable(QString::number(s.countError)));
    QVERIFY2(s.characterIoU > 0.89, qPrintable(QString::number(s.characterIoU)));
}

void TestGlyphExtractor::darkOnLightAndLightOnDark()
{
    const QSize size(160, 40);
    for (const bool light : {false, true}) {
        const QColor ink = light ? QColor(250, 250, 240) : QColor(20, 20, 30);
        const QColor background = light ? QColor(30, 60, 40) : QColor(235, 230, 220);
        const QImage image = renderText(QStringLiteral("HOTEL"), ink, background, size);
        const GlyphExtraction found = GlyphExtractor::extract(image);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.lightText, light);
        QCOMPARE(found.characterMasks.size(), 5);
        QCOMPARE(found.characterBoxes.size(), 5);
        QCOMPARE(found.lineMask.size(), size);
        QCOMPARE(found.lineMask.format(), QImage::Format_Grayscale8);
        // The border is background; the ink is where the text is.
        QCOMPARE(found.lineMask.pixelColor(0, 0).red(), 0);
        QCOMPARE(found.lineMask.pixelColor(size.width() - 1, size.height() - 1).red(), 0);
        for (int k = 1; k < 5; ++k)
            QVERIFY(found.characterBoxes.at(k - 1).center().x() < found.characterBoxes.at(k).center().x());
        for (int k = 0; k < 5; ++k) {
            const QImage &mask = found.characterMasks.at(k);
            QCOMPARE(mask.size(), size);
            // Ink only inside its own box.
            for (int y = 0; y < size.height(); ++y)
                for (int x = 0; x < size.width(); ++x)
                    if (mask.constScanLine(y)[x] >= 128)
                        QVERIFY(found.characterBoxes.at(k).contains(x, y));
        }
    }
}

void TestGlyphExtractor::hueOnlyContrastIsFound()
{
    // Red on green of nearly the same luminance: the colour clusters still tell them apart.
    const QImage image = renderText(QStringLiteral("OPEN"), QColor(220, 40, 40), QColor(40, 130, 40), QSize(128, 32));
    const GlyphExtraction found = GlyphExtractor::extract(image);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.characterMasks.size(), 4);
    QCOMPARE(found.lineMask.pixelColor(0, 0).red(), 0);
}

void TestGlyphExtractor::dotsJoinTheirLetters()
{
    // i and j have dots, ä and ü two each: one character apiece all the same.
    const QImage image = renderText(QStringLiteral("ij äü"), Qt::black, Qt::white, QSize(200, 60));
    const GlyphExtraction found = GlyphExtractor::extract(image);
    QCOMPARE(found.characterMasks.size(), 4);
    for (const QRect &box : found.characterBoxes)
        QVERIFY2(box.height() > 60 * 6 / 10 / 2, "a dot or an umlaut on its own");
}

void TestGlyphExtractor::specksAreDropped()
{
    QImage image = renderText(QStringLiteral("EXIT"), Qt::black, Qt::white, QSize(160, 40));
    // Salt-and-pepper specks in the margins.
    SeededRandom random(3);
    for (int i = 0; i < 30; ++i) {
        const int x = random.integer(0, 159);
        const int y = random.chance(0.5) ? random.integer(0, 4) : random.integer(35, 39);
        image.setPixelColor(x, y, Qt::black);
    }
    const GlyphExtraction found = GlyphExtractor::extract(image);
    QCOMPARE(found.characterMasks.size(), 4);
}

void TestGlyphExtractor::atMostSixteenCharacters()
{
    QImage image(400, 30, QImage::Format_RGB888);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        // 20 bars; the four thinnest are the ones left out.
        for (int i = 0; i < 20; ++i)
            painter.fillRect(QRect(10 + 19 * i, 8, i < 4 ? 3 : 8, 14), Qt::black);
    }
    const GlyphExtraction found = GlyphExtractor::extract(image);
    QCOMPARE(found.characterMasks.size(), GlyphExtractor::kMaxCharacters);
    QCOMPARE(found.characterBoxes.size(), GlyphExtractor::kMaxCharacters);
    QCOMPARE(found.characterBoxes.first().left(), 10 + 19 * 4);
    for (int k = 1; k < found.characterBoxes.size(); ++k)
        QVERIFY(found.characterBoxes.at(k - 1).left() < found.characterBoxes.at(k).left());
}

void TestGlyphExtractor::degenerateImagesGiveEmptyResults()
{
    QVERIFY(GlyphExtractor::extract(QImage()).isEmpty());
    QImage one(1, 1, QImage::Format_RGB32);
    one.fill(Qt::red);
    QVERIFY(GlyphExtractor::extract(one).isEmpty());
    QImage line(50, 1, QImage::Format_RGB32);
    line.fill(Qt::black);
    QVERIFY(GlyphExtractor::extract(line).isEmpty());
    QImage uniform(64, 16, QImage::Format_RGB888);
    uniform.fill(QColor(120, 130, 140));
    const GlyphExtraction none = GlyphExtractor::extract(uniform);
    QVERIFY(none.isEmpty());
    QVERIFY(none.characterMasks.isEmpty());
    // Faint noise on a flat surface is not text either.
    SeededRandom random(5);
    for (int y = 0; y < uniform.height(); ++y)
        for (int x = 0; x < uniform.width(); ++x)
            uniform.setPixelColor(x, y, QColor::fromRgb(120 + random.integer(-4, 4), 130, 140));
    QVERIFY(GlyphExtractor::extract(uniform).isEmpty());
    // Odd formats are converted, not refused.
    QImage indexed = renderText(QStringLiteral("AB"), Qt::black, Qt::white, QSize(60, 30)).convertToFormat(QImage::Format_Indexed8);
    QCOMPARE(GlyphExtractor::extract(indexed).characterMasks.size(), 2);
    QImage gray = renderText(QStringLiteral("AB"), Qt::black, Qt::white, QSize(60, 30)).convertToFormat(QImage::Format_Grayscale16);
    QCOMPARE(GlyphExtractor::extract(gray).characterMasks.size(), 2);
}

// The demo photo's "Washington" (48×17): white letters on a blue panel between darker blue
// bands. The panel showing at both ends of the crop made two "letters" of the wrong polarity,
// which won over the light text (merged into one shape at this size). The light text must win.
void TestGlyphExtractor::lightLettersBetweenDarkBands()
{
    const QImage photo(QStringLiteral(GLYPHLAB_SOURCE_DIR "/resources/demo/street-sign.jpg"));
    QVERIFY(!photo.isNull());
    const GlyphExtraction result = GlyphExtractor::extract(photo.copy(QRect(206, 516, 48, 17)));
    QVERIFY(!result.isEmpty());
    QVERIFY(result.lightText);
    QVERIFY(!result.characterMasks.isEmpty());
    int atAnEdge = 0;
    for (const QRect &box : result.characterBoxes)
        atAnEdge += box.left() <= 0 || box.right() >= 47 ? 1 : 0;
    QVERIFY2(2 * atAnEdge < result.characterBoxes.size(), qPrintable(QString::number(atAnEdge)));
}

QTEST_MAIN(TestGlyphExtractor)
#include "tst_glyphextractor.moc"
