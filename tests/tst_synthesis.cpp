#include "DatasetShardReader.h"
#include "DatasetShardWriter.h"
#include "FontCatalog.h"
#include "SceneShardReader.h"
#include "SceneShardWriter.h"
#include "SceneSynthesizer.h"
#include "SeededRandom.h"
#include "TextCorpus.h"
#include "TextLineSynthesizer.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <stdexcept>

class TestSynthesis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // Text lines
    void characterMasksMatchTheText();
    void characterMasksCoverInk();
    void linesAreDeterministic();
    void evaluationFontsNeverTrain();
    void heldOutWordsAreDisjoint();
    void emptyWordListIsRefused();
    void lineShardRoundTrip();
    void damagedShardsAreRefused();
    void interruptedWriteLeavesNoShard();
    // Scenes
    void sceneWordsAreInsideAndApart();
    void scenesAreDeterministic();
    void partitionsDifferAsDefined();
    void sceneShardRoundTrip();

private:
    TextLineSynthesizer lines(quint64 seed) const;
    SceneSynthesizer scenes(quint64 seed, std::optional<ScenePartition> partition = std::nullopt, int scale = 4) const;
    static double luminance(QRgb p) { return 0.299 * qRed(p) + 0.587 * qGreen(p) + 0.114 * qBlue(p); }
    static int nonSpace(const QString &text) { return int(text.size() - text.count(QLatin1Char(' '))); }

    FontCatalog m_fonts;
    TextCorpus m_corpus = TextCorpus::fromWords({QStringLiteral("x")});
};

void TestSynthesis::initTestCase()
{
    // A few well-known families keep the scan short; evaluationFontsNeverTrain scans everything.
    m_fonts = FontCatalog::scan(FontCatalog::Purpose::Training,
                                {QStringLiteral("/usr/share/fonts/truetype/dejavu"),
                                 QStringLiteral("/usr/share/fonts/truetype/liberation2")});
    if (m_fonts.isEmpty())
        QSKIP("fonts-dejavu / fonts-liberation2 are not installed");
    m_corpus = TextCorpus::fromWords({QStringLiteral("market"), QStringLiteral("open"), QStringLiteral("exit"),
                                      QStringLiteral("glyph"), QStringLiteral("coffee"), QStringLiteral("station"),
                                      QStringLiteral("Quarry"), QStringLiteral("jump"), QStringLiteral("street"),
                                      QStringLiteral("avenue"), QStringLiteral("bakery"), QStringLiteral("hotel")});
}

TextLineSynthesizer TestSynthesis::lines(quint64 seed) const
{
    SynthesisSettings settings;
    settings.seed = seed;
    return TextLineSynthesizer(settings, m_fonts, m_corpus);
}

SceneSynthesizer TestSynthesis::scenes(quint64 seed, std::optional<ScenePartition> partition, int scale) const
{
    SceneSynthesizer::Settings settings;
    settings.seed = seed;
    settings.scale = scale;
    settings.partition = partition;
    return SceneSynthesizer(settings, m_fonts, m_corpus);
}

void TestSynthesis::characterMasksMatchTheText()
{
    const TextLineSynthesizer synthesizer = lines(7);
    for (quint64 i = 0; i < 60; ++i) {
        const TextLineSample s = synthesizer.sample(i);
        const int n = nonSpace(s.text);
        QCOMPARE(s.characterIndex.format(), QImage::Format_Grayscale8);
        QCOMPARE(int(s.characterBoxes.size()), n);
        QSet<int> present;
        for (int y = 0; y < s.characterIndex.height(); ++y) {
            const uchar *row = s.characterIndex.constScanLine(y);
            for (int x = 0; x < s.characterIndex.width(); ++x) {
                if (row[x] == 0)
                    continue;
                QVERIFY2(row[x] <= n, qPrintable(s.text));
                present.insert(row[x]);
                // Every mask pixel lies inside its character's box.
                const QRectF box = s.characterBoxes[row[x] - 1].adjusted(-1, -1, 1, 1);
                QVERIFY2(box.contains(QPointF(x + 0.5, y + 0.5)), qPrintable(s.text));
                // ...and is ink according to the line mask.
                QVERIFY2(s.lineMask.pixelColor(x, y).red() > 0, qPrintable(s.text));
            }
        }
        QVERIFY2(present.size() == n, qPrintable(QStringLiteral("%1: %2 masks for %3 characters")
                                                     .arg(s.text).arg(present.size()).arg(n)));
        // Disjoint where expected: inside a box that meets no other box, only that character.
        for (int k = 0; k < n; ++k) {
            bool alone = true;
            for (int o = 0; o < n && alone; ++o)
                alone = o == k || !s.characterBoxes[k].adjusted(-1, -1, 1, 1).intersects(s.characterBoxes[o]);
            if (!alone)
                continue;
            const QRect r = s.characterBoxes[k].toAlignedRect().intersected(s.characterIndex.rect());
            for (int y = r.top(); y <= r.bottom(); ++y) {
                for (int x = r.left(); x <= r.right(); ++x) {
                    const int v = s.characterIndex.constScanLine(y)[x];
                    QVERIFY2(v == 0 || v == k + 1, qPrintable(s.text));
                }
            }
        }
    }
}

void TestSynthesis::characterMasksCoverInk()
{
    // Where the mask says "glyph", the HR looks different from the background around it.
    const TextLineSynthesizer synthesizer = lines(11);
    for (quint64 i = 0; i < 60; ++i) {
        const TextLineSample s = synthesizer.sample(i);
        QRectF all;
        for (const QRectF &box : s.characterBoxes)
            all = all.united(box);
        const QRect around = all.toAlignedRect().adjusted(-3, -3, 3, 3).intersected(s.highResolution.rect());
        double inside = 0, outside = 0;
        int ni = 0, no = 0;
        for (int y = around.top(); y <= around.bottom(); ++y) {
            for (int x = around.left(); x <= around.right(); ++x) {
                const int m = s.lineMask.constScanLine(y)[x];
                const double l = luminance(s.highResolution.pixel(x, y));
                if (s.characterIndex.constScanLine(y)[x] > 0) {
                    inside += l;
                    ++ni;
                } else if (m == 0) {
                    outside += l;
                    ++no;
                }
            }
        }
        QVERIFY2(ni > 0 && no > 0, qPrintable(s.text));
        QVERIFY2(std::abs(inside / ni - outside / no) > 12.0,
                 qPrintable(QStringLiteral("%1 (sample %2): ink %3, background %4").arg(s.text).arg(i)
                                .arg(inside / ni).arg(outside / no)));
    }
}

void TestSynthesis::linesAreDeterministic()
{
    const TextLineSynthesizer a = lines(3), b = lines(3), c = lines(4);
    for (quint64 i : {0ull, 5ull, 17ull}) {
        const TextLineSample x = a.sample(i), y = b.sample(i), again = a.sample(i);
        QCOMPARE(x.text, y.text);
        QCOMPARE(x.highResolution, y.highResolution);
        QCOMPARE(x.lowResolution, y.lowResolution);
        QCOMPARE(x.characterIndex, y.characterIndex);
        QCOMPARE(x.lineMask, y.lineMask);
        QCOMPARE(x.characterBoxes, y.characterBoxes);
        QCOMPARE(x.highResolution, again.highResolution);
        QVERIFY(x.highResolution != c.sample(i).highResolution);
    }
}

void TestSynthesis::evaluationFontsNeverTrain()
{
    const FontCatalog training = FontCatalog::scan(FontCatalog::Purpose::Training);
    const FontCatalog evaluation = FontCatalog::scan(FontCatalog::Purpose::Evaluation);
    QVERIFY(!training.isEmpty());
    for (const QString &file : training.files())
        QVERIFY2(!FontCatalog::isReservedForEvaluation(file), qPrintable(file));
    for (const QString &file : evaluation.files())
        QVERIFY2(FontCatalog::isReservedForEvaluation(file), qPrintable(file));
    const QSet<QString> a(training.files().begin(), training.files().end());
    const QSet<QString> b(evaluation.files().begin(), evaluation.files().end());
    QVERIFY(!a.intersects(b));
    qInfo("%d training fonts, %d evaluation fonts", int(a.size()), int(b.size()));
}

void TestSynthesis::heldOutWordsAreDisjoint()
{
    const QString path = TextCorpus::defaultWordListPath();
    if (!QFile::exists(path))
        QSKIP("wamerican is not installed");
    const TextCorpus training = TextCorpus::fromWordList(path, TextCorpus::Split::Training);
    const TextCorpus evaluation = TextCorpus::fromWordList(path, TextCorpus::Split::Evaluation);
    QVERIFY(training.wordCount() > 0 && evaluation.wordCount() > 0);
    QVERIFY(evaluation.wordCount() < training.wordCount() / 5);
    // The first run of letters of any sample is a whole dictionary word (or the text is a number).
    const auto firstWord = [](const QString &text) {
        QString word;
        for (const QChar c : text) {
            if (c.isLetter())
                word.append(c);
            else if (!word.isEmpty() || c.isDigit())
                break;
        }
        return word;
    };
    SeededRandom random(99);
    QSet<QString> seenTraining, seenEvaluation;
    for (int i = 0; i < 3000; ++i) {
        const QString t = firstWord(training.sample(random, 16)).toLower();
        const QString e = firstWord(evaluation.sample(random, 16)).toLower();
        if (t.size() > 1) {
            QVERIFY2(!TextCorpus::isHeldOut(t), qPrintable(t));
            seenTraining.insert(t);
        }
        if (e.size() > 1) {
            QVERIFY2(TextCorpus::isHeldOut(e), qPrintable(e));
            seenEvaluation.insert(e);
        }
    }
    QVERIFY(!seenTraining.intersects(seenEvaluation));
}

void TestSynthesis::emptyWordListIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, TextCorpus::fromWords({}));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("1\n\n%%\n");
    file.close();
    try {
        TextCorpus::fromWordList(path, TextCorpus::Split::Training);
        QFAIL("an empty word list was accepted");
    } catch (const std::runtime_error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(path), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             TextCorpus::fromWordList(dir.filePath(QStringLiteral("missing.txt")), TextCorpus::Split::Training));
}

void TestSynthesis::lineShardRoundTrip()
{
    QTemporaryDir dir;
    const TextLineSynthesizer synthesizer = lines(5);
    const QString path = dir.filePath(QStringLiteral("shard-00000.glsh"));
    DatasetShardWriter writer(path, synthesizer.settings().highResolution, synthesizer.settings().lowResolution());
    QList<TextLineSample> written;
    for (quint64 i = 0; i < 6; ++i) {
        written.append(synthesizer.sample(i));
        writer.append(written.last());
    }
    QString error;
    QVERIFY2(writer.commit(&error), qPrintable(error));
    QSize high, low;
    const std::vector<TextLineSample> read = DatasetShardReader::read(path, &high, &low);
    QCOMPARE(high, synthesizer.settings().highResolution);
    QCOMPARE(low, synthesizer.settings().lowResolution());
    QCOMPARE(int(read.size()), int(written.size()));
    for (int i = 0; i < written.size(); ++i) {
        QCOMPARE(read[size_t(i)].text, written[i].text);
        QCOMPARE(read[size_t(i)].fontFile, written[i].fontFile);
        QCOMPARE(read[size_t(i)].highResolution, written[i].highResolution);
        QCOMPARE(read[size_t(i)].lowResolution, written[i].lowResolution);
        QCOMPARE(read[size_t(i)].characterIndex, written[i].characterIndex);
        QCOMPARE(read[size_t(i)].lineMask, written[i].lineMask);
        QCOMPARE(read[size_t(i)].characterBoxes.size(), written[i].characterBoxes.size());
        for (int b = 0; b < written[i].characterBoxes.size(); ++b) {
            const QRectF r = read[size_t(i)].characterBoxes[b], w = written[i].characterBoxes[b];
            QVERIFY(std::abs(r.x() - w.x()) < 1e-3 && std::abs(r.y() - w.y()) < 1e-3
                    && std::abs(r.width() - w.width()) < 1e-3 && std::abs(r.height() - w.height()) < 1e-3);
        }
    }
}

void TestSynthesis::damagedShardsAreRefused()
{
    QTemporaryDir dir;
    const TextLineSynthesizer synthesizer = lines(5);
    const QString path = dir.filePath(QStringLiteral("good.glsh"));
    DatasetShardWriter writer(path, synthesizer.settings().highResolution, synthesizer.settings().lowResolution());
    for (quint64 i = 0; i < 3; ++i)
        writer.append(synthesizer.sample(i));
    QVERIFY(writer.commit(nullptr));
    QFile good(path);
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();

    const auto expectError = [&](const QString &name, const QByteArray &content, const char *needle) {
        const QString damaged = dir.filePath(name);
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        try {
            DatasetShardReader::read(damaged);
            QFAIL(qPrintable(name + QStringLiteral(" was accepted")));
        } catch (const std::runtime_error &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(damaged) && message.contains(QLatin1String(needle)), e.what());
        }
    };
    expectError(QStringLiteral("truncated.glsh"), bytes.left(bytes.size() / 2), "truncated");
    QByteArray flipped = bytes;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x5a);
    expectError(QStringLiteral("flipped.glsh"), flipped, "checksum");
    expectError(QStringLiteral("short.glsh"), bytes.left(5), "not a GlyphLab shard");
    expectError(QStringLiteral("text.glsh"), QByteArray("hello, this is not a shard at all"), "not a GlyphLab shard");
    QByteArray future = bytes;
    future[7] = char(9); // version 9
    expectError(QStringLiteral("future.glsh"), future, "version 9");
}

void TestSynthesis::interruptedWriteLeavesNoShard()
{
    QTemporaryDir dir;
    const TextLineSynthesizer synthesizer = lines(5);
    {
        DatasetShardWriter writer(dir.filePath(QStringLiteral("shard-00000.glsh")), synthesizer.settings().highResolution,
                                  synthesizer.settings().lowResolution());
        writer.append(synthesizer.sample(0));
        // Destroyed without commit(), as when the generator fails or is killed.
    }
    {
        SceneShardWriter writer(dir.filePath(QStringLiteral("scene-00000.glsc")), QSize(256, 256), QSize(64, 64));
        writer.append(scenes(1).sample(0));
    }
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.glsh"), QStringLiteral("*.glsc")}, QDir::Files).isEmpty());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, DatasetShardReader::readFolder(dir.path()));
    // A commit into a folder that cannot exist fails with a message and leaves nothing behind.
    DatasetShardWriter bad(dir.filePath(QStringLiteral("missing/sub/shard.glsh")), synthesizer.settings().highResolution,
                           synthesizer.settings().lowResolution());
    bad.append(synthesizer.sample(0));
    QString error;
    QVERIFY(!bad.commit(&error));
    QVERIFY(!error.isEmpty());
}

void TestSynthesis::sceneWordsAreInsideAndApart()
{
    const SceneSynthesizer synthesizer = scenes(21);
    int totalWords = 0, multiLine = 0;
    for (quint64 i = 0; i < 24; ++i) {
        const SceneSample s = synthesizer.sample(i);
        const QRect tile(QPoint(0, 0), QSize(256, 256));
        QCOMPARE(s.highResolution.size(), tile.size());
        QCOMPARE(s.lowResolution.size(), QSize(64, 64));
        QCOMPARE(s.textMask.size(), tile.size());
        QCOMPARE(s.partition, ScenePartitions::all().at(int(i % 4)));
        QVERIFY(!s.words.isEmpty());
        int lines = 0;
        for (int a = 0; a < s.words.size(); ++a) {
            const SceneWord &w = s.words[a];
            QVERIFY2(!w.text.isEmpty() && !w.text.contains(QLatin1Char(' ')), qPrintable(w.text));
            QVERIFY2(tile.contains(w.box) && !w.box.isEmpty(), qPrintable(w.text));
            lines = std::max(lines, w.line + 1);
            for (int b = a + 1; b < s.words.size(); ++b)
                QVERIFY2(!w.box.intersects(s.words[b].box), qPrintable(w.text + QLatin1Char('/') + s.words[b].text));
            // Each box holds some of the mask.
            int inked = 0;
            for (int y = w.box.top(); y <= w.box.bottom(); ++y)
                for (int x = w.box.left(); x <= w.box.right(); ++x)
                    inked += s.textMask.constScanLine(y)[x] > 127;
            QVERIFY2(inked > 0, qPrintable(w.text));
        }
        QVERIFY(lines >= 1 && lines <= 4);
        multiLine += lines > 1;
        totalWords += int(s.words.size());
        // The text mask lies inside the word boxes.
        for (int y = 0; y < 256; ++y) {
            for (int x = 0; x < 256; ++x) {
                if (s.textMask.constScanLine(y)[x] == 0)
                    continue;
                bool inside = false;
                for (const SceneWord &w : s.words)
                    inside = inside || w.box.contains(x, y);
                QVERIFY2(inside, qPrintable(QStringLiteral("scene %1: mask pixel %2,%3 outside every box").arg(i).arg(x).arg(y)));
            }
        }
    }
    QVERIFY(multiLine >= 6);
    qInfo("24 scenes: %d words, %d with more than one line", totalWords, multiLine);
}

void TestSynthesis::scenesAreDeterministic()
{
    const SceneSynthesizer a = scenes(8), b = scenes(8), c = scenes(9);
    for (quint64 i : {0ull, 3ull, 6ull}) {
        const SceneSample x = a.sample(i), y = b.sample(i);
        QCOMPARE(x.highResolution, y.highResolution);
        QCOMPARE(x.lowResolution, y.lowResolution);
        QCOMPARE(x.textMask, y.textMask);
        QCOMPARE(x.words.size(), y.words.size());
        for (int w = 0; w < x.words.size(); ++w) {
            QCOMPARE(x.words[w].text, y.words[w].text);
            QCOMPARE(x.words[w].box, y.words[w].box);
        }
        QVERIFY(x.highResolution != c.sample(i).highResolution);
    }
}

void TestSynthesis::partitionsDifferAsDefined()
{
    const auto sharpness = [](const QImage &image, const QList<SceneWord> &words) {
        double sum = 0;
        for (const SceneWord &w : words) {
            for (int y = w.box.top(); y < w.box.bottom(); ++y)
                for (int x = w.box.left(); x < w.box.right(); ++x) {
                    // Squared differences: edges count, grain hardly does.
                    const double l = luminance(image.pixel(x, y));
                    const double dx = luminance(image.pixel(x + 1, y)) - l, dy = luminance(image.pixel(x, y + 1)) - l;
                    sum += dx * dx + dy * dy;
                }
        }
        return sum;
    };
    // Mean absolute difference away from the text (outside every box grown by `grow`).
    const auto farDifference = [](const QImage &a, const QImage &b, const QList<SceneWord> &words, int grow) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x) {
                bool near = false;
                for (const SceneWord &w : words)
                    near = near || w.box.adjusted(-grow, -grow, grow, grow).contains(x, y);
                if (near)
                    continue;
                const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
                sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
                ++n;
            }
        return n ? sum / (3.0 * n) : 0.0;
    };
    const SceneSynthesizer cc = scenes(31, ScenePartition::CleanGlyphsCleanImage);
    const SceneSynthesizer cd = scenes(31, ScenePartition::CleanGlyphsDegradedImage);
    const SceneSynthesizer dc = scenes(31, ScenePartition::DegradedGlyphsCleanImage);
    const SceneSynthesizer dd = scenes(31, ScenePartition::DegradedGlyphsDegradedImage);
    for (quint64 i = 0; i < 8; ++i) {
        const SceneSample a = cc.sample(i), b = cd.sample(i), c = dc.sample(i), d = dd.sample(i);
        QCOMPARE(a.partition, ScenePartition::CleanGlyphsCleanImage);
        QCOMPARE(d.partition, ScenePartition::DegradedGlyphsDegradedImage);
        // Same layout and labels in every partition: only quality differs.
        QCOMPARE(a.textMask, c.textMask);
        QCOMPARE(a.textMask, d.textMask);
        QCOMPARE(a.words.size(), d.words.size());
        // Degraded glyphs: the text is softer; the surface far from it is untouched.
        const double sharpClean = sharpness(a.highResolution, a.words), sharpDegraded = sharpness(c.highResolution, c.words);
        QVERIFY2(sharpClean > 1.5 * sharpDegraded,
                 qPrintable(QStringLiteral("scene %1: cc %2, dc %3").arg(i).arg(sharpClean).arg(sharpDegraded)));
        QCOMPARE(farDifference(a.highResolution, c.highResolution, a.words, 24), 0.0);
        // Degraded image: the whole tile changes, also far from the text.
        QVERIFY2(farDifference(a.highResolution, b.highResolution, a.words, 24) > 0.3, qPrintable(QString::number(i)));
        QVERIFY(sharpness(b.highResolution, b.words) > sharpness(d.highResolution, d.words));
        // cd and dd share the image degradation: far from the text they are identical.
        QCOMPARE(farDifference(b.highResolution, d.highResolution, a.words, 24), 0.0);
        QVERIFY(b.highResolution != d.highResolution);
    }
}

void TestSynthesis::sceneShardRoundTrip()
{
    QTemporaryDir dir;
    const SceneSynthesizer synthesizer = scenes(12, std::nullopt, 8);
    const QString path = dir.filePath(QStringLiteral("scene-00000.glsc"));
    SceneShardWriter writer(path, QSize(256, 256), QSize(32, 32));
    QList<SceneSample> written;
    for (quint64 i = 0; i < 4; ++i) {
        written.append(synthesizer.sample(i));
        writer.append(written.last());
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writer.append(scenes(12).sample(0))); // 64×64 LR
    QString error;
    QVERIFY2(writer.commit(&error), qPrintable(error));
    const std::vector<SceneSample> read = SceneShardReader::readFolder(dir.path());
    QCOMPARE(int(read.size()), 4);
    for (int i = 0; i < 4; ++i) {
        const SceneSample &r = read[size_t(i)], &w = written[i];
        QCOMPARE(r.partition, w.partition);
        QCOMPARE(r.highResolution, w.highResolution);
        QCOMPARE(r.lowResolution, w.lowResolution);
        QCOMPARE(r.textMask, w.textMask);
        QCOMPARE(r.words.size(), w.words.size());
        for (int k = 0; k < w.words.size(); ++k) {
            QCOMPARE(r.words[k].text, w.words[k].text);
            QCOMPARE(r.words[k].box, w.words[k].box);
            QCOMPARE(r.words[k].line, w.words[k].line);
            QCOMPARE(r.words[k].fontFile, w.words[k].fontFile);
        }
    }
    // Each reader refuses the other kind with a clear message.
    try {
        DatasetShardReader::read(path);
        QFAIL("a scene shard was read as text lines");
    } catch (const std::runtime_error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("scene tiles")), e.what());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    const QString truncated = dir.filePath(QStringLiteral("truncated.glsc"));
    QFile out(truncated);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() - 100));
    out.close();
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, SceneShardReader::read(truncated));
}

QTEST_MAIN(TestSynthesis)
#include "tst_synthesis.moc"
