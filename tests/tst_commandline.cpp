#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Drives the real glyphlab-cli executable: the command line is a contract.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsMethods();
    void usageErrors_data();
    void usageErrors();
    void restoresAFolder();
    void restoresARegionAndDumpsSteps();
    void neverOverwritesItsInput();
    void reportsBadImagesAndGoesOn();
    void reportsUnwritableOutput();
    void runsTheDemoHeadless();
    void guiSaysWhenThereIsNoDisplay();
    void ocrReadsCropsIntoATable_data();
    void ocrReadsCropsIntoATable();
    void detectPrintsTextBoxesAsJson_data();
    void detectPrintsTextBoxesAsJson();
    void detectReportsBadPhotos();
    void schedulePrintsLambdaPerStep();
    void scheduleRejectsBadOptions_data();
    void scheduleRejectsBadOptions();
    void detectJoinsWordsIntoLines();
    void benchComparesLabelledMethodsWithTheCrnn();
    void benchGivesAMethodThatRestoredNothingNoFigures();
    void benchLeavesSceneFiguresOfAWordRecognizerEmpty();
    void benchGivesALineItsTrueWords();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run cli(const QStringList &arguments);
    static QByteArray fileHash(const QString &path);
    static void writeCrop(const QString &path, int width, int height);
    static void writeWord(const QString &path, const QString &text);
    // A labelled real-crop folder (labels.tsv and one rendered word per file) for bench --real.
    static void writeLabelledWords(const QString &folder, const QStringList &words);
    // bench on the real-x2 set made of `words` (a labelled folder under `dir`), read by the CRNN.
    static Run benchLabelledWords(const QTemporaryDir &dir, const QStringList &words, const QString &methods,
                                  const QString &batch, const QString &output);
    // True if the PP-OCR models are missing (the CLI says so with exit code 2).
    static bool ppocrMissing(const Run &run);
};

TestCommandLine::Run TestCommandLine::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(GLYPHLAB_CLI), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("glyphlab-cli did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray TestCommandLine::fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestCommandLine::writeCrop(const QString &path, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(QColor(230, 230, 220));
    for (int x = 2; x < width - 2; x += 4)
        for (int y = height / 4; y < 3 * height / 4; ++y)
            image.setPixelColor(x, y, QColor(20, 20, 30));
    QVERIFY(image.save(path));
}

void TestCommandLine::writeWord(const QString &path, const QString &text)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(30);
    QImage image(QFontMetrics(font).horizontalAdvance(text) + 20, 44, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(image.rect(), Qt::AlignCenter, text);
    painter.end();
    QVERIFY(image.save(path));
}

TestCommandLine::Run TestCommandLine::benchLabelledWords(const QTemporaryDir &dir, const QStringList &words,
                                                        const QString &methods, const QString &batch, const QString &output)
{
    const QString real = dir.filePath(QStringLiteral("real"));
    writeLabelledWords(real, words);
    return cli({QStringLiteral("bench"), QStringLiteral("--methods"), methods, QStringLiteral("--sets"), QStringLiteral("real-x2"),
                QStringLiteral("--real"), real, QStringLiteral("--recognizers"), QStringLiteral("crnn"), QStringLiteral("--batch"), batch,
                QStringLiteral("--output"), output});
}

void TestCommandLine::writeLabelledWords(const QString &folder, const QStringList &words)
{
    QVERIFY(QDir().mkpath(folder));
    QFile labels(folder + QStringLiteral("/labels.tsv"));
    QVERIFY(labels.open(QIODevice::WriteOnly | QIODevice::Text));
    for (const QString &word : words) {
        writeWord(folder + QStringLiteral("/%1.png").arg(word), word);
        labels.write(QStringLiteral("%1.png\t%1\n").arg(word).toUtf8());
    }
}

bool TestCommandLine::ppocrMissing(const Run &run)
{
    return run.exitCode == 2 && run.err.contains(QLatin1String("PP-OCR models"));
}

void TestCommandLine::listsMethods()
{
    const Run run = cli({QStringLiteral("methods")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("bicubic\t")), qPrintable(run.out));
    QVERIFY(run.err.isEmpty());
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString in = QStringLiteral(GLYPHLAB_TEST_DATA "/base.png");
    QTest::newRow("no command") << QStringList() << QStringLiteral("Usage:");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("polish")} << QStringLiteral("unknown command \"polish\"");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("restore"), QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("no method") << QStringList{QStringLiteral("restore"), QStringLiteral("--input"), in, QStringLiteral("--output"), QStringLiteral("/tmp/x")}
                               << QStringLiteral("needs --method");
    QTest::newRow("no input") << QStringList{QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("bicubic"), QStringLiteral("--output"), QStringLiteral("/tmp/x")}
                              << QStringLiteral("needs --input");
    QTest::newRow("unknown method") << QStringList{QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("magic"), QStringLiteral("--input"), in, QStringLiteral("--output"), QStringLiteral("/tmp/x")}
                                    << QStringLiteral("unknown method \"magic\"; available: bicubic");
    QTest::newRow("bad scale") << QStringList{QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("bicubic"), QStringLiteral("--input"), in, QStringLiteral("--output"), QStringLiteral("/tmp/x"), QStringLiteral("--scale"), QStringLiteral("two")}
                               << QStringLiteral("--scale must be");
    QTest::newRow("unsupported scale") << QStringList{QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("bicubic"), QStringLiteral("--input"), in, QStringLiteral("--output"), QStringLiteral("/tmp/x"), QStringLiteral("--scale"), QStringLiteral("5")}
                                       << QStringLiteral("does not support ×5");
    QTest::newRow("bad steps") << QStringList{QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("bicubic"), QStringLiteral("--input"), in, QStringLiteral("--output"), QStringLiteral("/tmp/x"), QStringLiteral("--steps"), QStringLiteral("0")}
                               << QStringLiteral("--steps must be");
    QTest::newRow("bad device") << QStringList{QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("bicubic"), QStringLiteral("--input"), in, QStringLiteral("--output"), QStringLiteral("/tmp/x"), QStringLiteral("--device"), QStringLiteral("tpu")}
                                << QStringLiteral("Unknown device");
    QTest::newRow("bad region") << QStringList{QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("bicubic"), QStringLiteral("--input"), in, QStringLiteral("--output"), QStringLiteral("/tmp/x"), QStringLiteral("--region"), QStringLiteral("1,2")}
                                << QStringLiteral("x,y,width,height");
    QTest::newRow("unknown parameter") << QStringList{QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("bicubic"), QStringLiteral("--input"), in, QStringLiteral("--output"), QStringLiteral("/tmp/x"), QStringLiteral("--param"), QStringLiteral("eta=1")}
                                       << QStringLiteral("bicubic has no such parameter");
    QTest::newRow("bad parameter value") << QStringList{QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("difftsr"), QStringLiteral("--input"), in, QStringLiteral("--output"), QStringLiteral("/tmp/x"), QStringLiteral("--param"), QStringLiteral("mode=fast")}
                                         << QStringLiteral("--param mode must be one of full, idm-only");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("restore"), QStringLiteral("extra")} << QStringLiteral("unexpected argument");
    QTest::newRow("ocr without engine") << QStringList{QStringLiteral("ocr"), QStringLiteral("--input"), in} << QStringLiteral("ocr needs --engine");
    QTest::newRow("ocr without input") << QStringList{QStringLiteral("ocr"), QStringLiteral("--engine"), QStringLiteral("tesseract")} << QStringLiteral("ocr needs --input");
    QTest::newRow("ocr unknown engine") << QStringList{QStringLiteral("ocr"), QStringLiteral("--engine"), QStringLiteral("abbyy"), QStringLiteral("--input"), in}
                                        << QStringLiteral("unknown OCR engine \"abbyy\"; available: tesseract, ppocr");
    QTest::newRow("detect unknown engine") << QStringList{QStringLiteral("detect"), QStringLiteral("--engine"), QStringLiteral("abbyy"), QStringLiteral("--input"), in}
                                           << QStringLiteral("unknown OCR engine");
    QTest::newRow("detect on a folder") << QStringList{QStringLiteral("detect"), QStringLiteral("--engine"), QStringLiteral("tesseract"), QStringLiteral("--input"), QStringLiteral(GLYPHLAB_TEST_DATA)}
                                        << QStringLiteral("detect reads one photo");
    QTest::newRow("detect stray argument") << QStringList{QStringLiteral("detect"), QStringLiteral("photo.jpg")} << QStringLiteral("unexpected argument");
    QTest::newRow("detect bad confidence") << QStringList{QStringLiteral("detect"), QStringLiteral("--engine"), QStringLiteral("tesseract"), QStringLiteral("--input"), in, QStringLiteral("--min-confidence"), QStringLiteral("1.5")}
                                           << QStringLiteral("--min-confidence takes a number from 0 to 1");
    QTest::newRow("train glyphsr too few blocks") << QStringList{QStringLiteral("train"), QStringLiteral("glyphsr"), QStringLiteral("--data"), in,
                                                           QStringLiteral("--output"), QStringLiteral("/tmp/x"), QStringLiteral("--recognizer"),
                                                           QStringLiteral("crnn.json"), QStringLiteral("--blocks"), QStringLiteral("3")}
                                                  << QStringLiteral("a number option has an invalid value");
    QTest::newRow("train glyph-sr from weights") << QStringList{QStringLiteral("train"), QStringLiteral("glyph-sr"), QStringLiteral("--data"), in,
                                                          QStringLiteral("--output"), QStringLiteral("/tmp/x"), QStringLiteral("--from"),
                                                          QStringLiteral("resources/models")}
                                                 << QStringLiteral("--from is for difftsr");
    const QString train = QStringLiteral("train"), output = QStringLiteral("--output"), recognizer = QStringLiteral("--recognizer");
    QTest::newRow("train language-model without recognizer")
        << QStringList{train, QStringLiteral("language-model"), output, QStringLiteral("/tmp/x")}
        << QStringLiteral("language-model needs --recognizer crnn.json");
    QTest::newRow("train language-model order") << QStringList{train, QStringLiteral("language-model"), output, QStringLiteral("/tmp/x"),
                                                               recognizer, QStringLiteral("crnn.json"), QStringLiteral("--order"), QStringLiteral("12")}
                                                << QStringLiteral("a number option has an invalid value");
    QTest::newRow("train crnn lines") << QStringList{train, QStringLiteral("crnn"), QStringLiteral("--data"), in, output, QStringLiteral("/tmp/x"),
                                                     QStringLiteral("--lines"), QStringLiteral("10")}
                                      << QStringLiteral("--lines and --order are for language-model");
    QTest::newRow("train crnn prior truth") << QStringList{train, QStringLiteral("crnn"), QStringLiteral("--data"), in, output, QStringLiteral("/tmp/x"),
                                                           QStringLiteral("--prior-truth"), QStringLiteral("0.5")}
                                            << QStringLiteral("are for glyphsr");
    QTest::newRow("train glyphsr language prior without model")
        << QStringList{train, QStringLiteral("glyphsr"), QStringLiteral("--data"), in, output, QStringLiteral("/tmp/x"), recognizer,
                       QStringLiteral("crnn.json"), QStringLiteral("--prior-language"), QStringLiteral("0.5")}
        << QStringLiteral("--prior-language needs --language-model");
    QTest::newRow("train glyphsr prior shares above one")
        << QStringList{train, QStringLiteral("glyphsr"), QStringLiteral("--data"), in, output, QStringLiteral("/tmp/x"), recognizer,
                       QStringLiteral("crnn.json"), QStringLiteral("--prior-truth"), QStringLiteral("0.7"), QStringLiteral("--prior-language"),
                       QStringLiteral("0.5"), QStringLiteral("--language-model"), QStringLiteral("language-model.json")}
        << QStringLiteral("a number option has an invalid value");
    QTest::newRow("train crnn low share out of range") << QStringList{QStringLiteral("train"), QStringLiteral("crnn"), QStringLiteral("--data"), in,
                                                                QStringLiteral("--output"), QStringLiteral("/tmp/x"), QStringLiteral("--low-share"), QStringLiteral("1.5")}
                                                       << QStringLiteral("--low-share must be a number from 0 to 1");
    QTest::newRow("train glyphsr low share") << QStringList{QStringLiteral("train"), QStringLiteral("glyphsr"), QStringLiteral("--data"), in,
                                                       QStringLiteral("--output"), QStringLiteral("/tmp/x"), QStringLiteral("--low-share"), QStringLiteral("0.8")}
                                              << QStringLiteral("--low-share is for crnn");
    QTest::newRow("train crnn focus recognizer") << QStringList{train, QStringLiteral("crnn"), QStringLiteral("--data"), in, output, QStringLiteral("/tmp/x"),
                                                                QStringLiteral("--focus-recognizer"), QStringLiteral("crnn.json")}
                                                 << QStringLiteral("--focus-recognizer is for glyphsr");
    const QString manifest = QStringLiteral(GLYPHLAB_SOURCE_DIR "/resources/models/glyphsr.json");
    const QString bench = QStringLiteral("bench");
    QTest::newRow("bench bad batch") << QStringList{bench, QStringLiteral("--batch"), QStringLiteral("-1")} << QStringLiteral("--batch must be");
    QTest::newRow("bench unknown set") << QStringList{bench, QStringLiteral("--sets"), QStringLiteral("synth-huge")}
                                       << QStringLiteral("unknown test set \"synth-huge\"; known: synth-easy");
    QTest::newRow("bench label without manifest") << QStringList{bench, QStringLiteral("--methods"), QStringLiteral("ablation=/nonexistent/glyphsr.json")}
                                                  << QStringLiteral("\"ablation\": there is no GlyphSR manifest at /nonexistent/glyphsr.json");
    QTest::newRow("bench label without path") << QStringList{bench, QStringLiteral("--methods"), QStringLiteral("ablation=")} << QStringLiteral("label=path");
    QTest::newRow("bench label twice") << QStringList{bench, QStringLiteral("--methods"), QStringLiteral("a=%1,a=%1").arg(manifest)}
                                       << QStringLiteral("\"a\" names two rows");
    QTest::newRow("bench built-in id as label") << QStringList{bench, QStringLiteral("--methods"), QStringLiteral("glyphsr=%1").arg(manifest)}
                                                << QStringLiteral("built-in method");
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/x/base.png")));
}

void TestCommandLine::restoresAFolder()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("crops"));
    const QString output = dir.filePath(QStringLiteral("restored/x2"));
    QVERIFY(QDir().mkpath(input));
    writeCrop(input + QStringLiteral("/word1.png"), 64, 16);
    writeCrop(input + QStringLiteral("/word2.jpg"), 50, 20);
    writeCrop(input + QStringLiteral("/word2.png"), 30, 10); // same base name as word2.jpg
    QFile::copy(QStringLiteral(GLYPHLAB_TEST_DATA "/rgb16.png"), input + QStringLiteral("/deep.png"));
    QFile notes(input + QStringLiteral("/notes.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not an image, and not named like one");
    notes.close();

    const Run run = cli({QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("bicubic"),
                         QStringLiteral("--input"), input, QStringLiteral("--output"), output,
                         QStringLiteral("--scale"), QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Restored 4 of 4")), qPrintable(run.out));
    QCOMPARE(QImage(output + QStringLiteral("/word1.png")).size(), QSize(128, 32));
    QCOMPARE(QImage(output + QStringLiteral("/deep.png")).size(), QSize(192, 96));
    // The two word2 inputs both arrive, under different names.
    const QSize jpegSize = QImage(output + QStringLiteral("/word2.png")).size();
    const QSize pngSize = QImage(output + QStringLiteral("/word2.png.png")).size();
    QVERIFY((jpegSize == QSize(100, 40) && pngSize == QSize(60, 20)) || (jpegSize == QSize(60, 20) && pngSize == QSize(100, 40)));
    QVERIFY(run.out.contains(QStringLiteral("64×16 → 128×32")));
}

void TestCommandLine::restoresARegionAndDumpsSteps()
{
    QTemporaryDir dir;
    const Run run = cli({QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("bicubic"),
                         QStringLiteral("--input"), QStringLiteral(GLYPHLAB_TEST_DATA "/base.png"),
                         QStringLiteral("--output"), dir.path(), QStringLiteral("--scale"), QStringLiteral("4"),
                         QStringLiteral("--region"), QStringLiteral("10,10,31,21"), QStringLiteral("--dump-steps")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QImage result(dir.filePath(QStringLiteral("base.png")));
    QCOMPARE(result.size(), QSize(124, 84));
    QCOMPARE(result.pixelColor(60, 40), QColor(Qt::white)); // the region is the white rectangle
    QCOMPARE(QImage(dir.filePath(QStringLiteral("base.steps/step-000.png"))), result);
    QFile table(dir.filePath(QStringLiteral("base.steps/steps.tsv")));
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = table.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).startsWith("0\t1\t"));
    QFile json(dir.filePath(QStringLiteral("base.steps/steps.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray steps = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("image")).toString(), QStringLiteral("step-000.png"));
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("count")).toInt(), 1);
}

void TestCommandLine::neverOverwritesItsInput()
{
    QTemporaryDir dir;
    const QString photo = dir.filePath(QStringLiteral("photo.png"));
    writeCrop(photo, 40, 20);
    const QByteArray before = fileHash(photo);
    const Run run = cli({QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("bicubic"),
                         QStringLiteral("--input"), photo, QStringLiteral("--output"), dir.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("would overwrite the input")), qPrintable(run.err));
    QCOMPARE(fileHash(photo), before);
}

void TestCommandLine::reportsBadImagesAndGoesOn()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in"));
    QVERIFY(QDir().mkpath(input));
    QVERIFY(QFile::copy(QStringLiteral(GLYPHLAB_TEST_DATA "/corrupt.png"), input + QStringLiteral("/a-corrupt.png")));
    QVERIFY(QFile::copy(QStringLiteral(GLYPHLAB_TEST_DATA "/empty.png"), input + QStringLiteral("/b-empty.png")));
    QVERIFY(QFile::copy(QStringLiteral(GLYPHLAB_TEST_DATA "/cmyk.jpg"), input + QStringLiteral("/c-cmyk.jpg")));
    QVERIFY(QFile::copy(QStringLiteral(GLYPHLAB_TEST_DATA "/alpha.png"), input + QStringLiteral("/d-alpha.png")));
    const QString output = dir.filePath(QStringLiteral("out"));
    const Run run = cli({QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("bicubic"),
                         QStringLiteral("--input"), input, QStringLiteral("--output"), output});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("a-corrupt.png: \"a-corrupt.png\" could not be decoded")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("b-empty.png: \"b-empty.png\" is empty")), qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Restored 2 of 4")), qPrintable(run.out));
    QCOMPARE(QImage(output + QStringLiteral("/c-cmyk.png")).size(), QSize(192, 96));
    QCOMPARE(QImage(output + QStringLiteral("/d-alpha.png")).size(), QSize(192, 96));
    QVERIFY(!QFile::exists(output + QStringLiteral("/a-corrupt.png")));

    const Run offImage = cli({QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("bicubic"),
                              QStringLiteral("--input"), QStringLiteral(GLYPHLAB_TEST_DATA "/base.png"),
                              QStringLiteral("--output"), output, QStringLiteral("--region"), QStringLiteral("500,500,10,10")});
    QCOMPARE(offImage.exitCode, 1);
    QVERIFY2(offImage.err.contains(QLatin1String("outside")), qPrintable(offImage.err));

    const Run missing = cli({QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("bicubic"),
                             QStringLiteral("--input"), dir.filePath(QStringLiteral("nothing-here")),
                             QStringLiteral("--output"), output});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("does not exist")), qPrintable(missing.err));
}

void TestCommandLine::reportsUnwritableOutput()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Run run = cli({QStringLiteral("restore"), QStringLiteral("--method"), QStringLiteral("bicubic"),
                         QStringLiteral("--input"), QStringLiteral(GLYPHLAB_TEST_DATA "/base.png"),
                         QStringLiteral("--output"), blocker + QStringLiteral("/out")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("Cannot create the folder")), qPrintable(run.err));
}

void TestCommandLine::runsTheDemoHeadless()
{
    QTemporaryDir dir;
    const Run run = cli({QStringLiteral("demo"), QStringLiteral("--output"), dir.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("street-sign.jpg")), qPrintable(run.out));
    QCOMPARE(QImage(dir.filePath(QStringLiteral("washington.png"))).size(), QSize(96, 34));
    QCOMPARE(QImage(dir.filePath(QStringLiteral("at-all-times.png"))).size(), QSize(280, 88));
    // GlyphSR by default, with the bicubic enlargement beside each result for comparison.
    QVERIFY2(run.out.contains(QStringLiteral("(glyphsr ×2")), qPrintable(run.out));
    QCOMPARE(QImage(dir.filePath(QStringLiteral("washington-bicubic.png"))).size(), QSize(96, 34));
}

void TestCommandLine::guiSaysWhenThereIsNoDisplay()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GLYPHLAB_GUI), {QStringLiteral("--demo")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("no display found")));

    process.start(QStringLiteral(GLYPHLAB_GUI), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("GlyphLab "));
}

void TestCommandLine::ocrReadsCropsIntoATable_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("tesseract") << QStringLiteral("tesseract");
    QTest::newRow("ppocr") << QStringLiteral("ppocr");
}

void TestCommandLine::ocrReadsCropsIntoATable()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("crops"));
    QVERIFY(QDir().mkpath(input + QStringLiteral("/nested")));
    writeWord(input + QStringLiteral("/b-garden.png"), QStringLiteral("Garden"));
    writeWord(input + QStringLiteral("/a-restore.png"), QStringLiteral("RESTORE"));
    writeWord(input + QStringLiteral("/nested/c-ignored.png"), QStringLiteral("Nested"));
    QFile notes(input + QStringLiteral("/notes.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not an image");
    notes.close();

    Run run = cli({QStringLiteral("ocr"), QStringLiteral("--engine"), engine, QStringLiteral("--input"), input});
    if (ppocrMissing(run))
        QSKIP("PP-OCR models not found");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // sorted, images only, not recursive
    const QRegularExpression confidence(QStringLiteral("^(0\\.\\d{3}|1\\.000)$"));
    const QStringList expected = {QStringLiteral("RESTORE"), QStringLiteral("Garden")};
    for (int i = 0; i < 2; ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(0), QDir(input).filePath(i == 0 ? QStringLiteral("a-restore.png") : QStringLiteral("b-garden.png")));
        QCOMPARE(fields.at(1), expected.at(i));
        QVERIFY2(confidence.match(fields.at(2)).hasMatch(), qPrintable(fields.at(2)));
    }

    // A broken file is reported on stderr; the others are still read; exit code 1.
    QVERIFY(QFile::copy(QStringLiteral(GLYPHLAB_TEST_DATA "/corrupt.png"), input + QStringLiteral("/0-corrupt.png")));
    run = cli({QStringLiteral("ocr"), QStringLiteral("--engine"), engine, QStringLiteral("--input"), input});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("0-corrupt.png: ")), qPrintable(run.err));
    QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);

    // One file.
    run = cli({QStringLiteral("ocr"), QStringLiteral("--engine"), engine, QStringLiteral("--input"), input + QStringLiteral("/b-garden.png")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(input + QStringLiteral("/b-garden.png\tGarden\t")), qPrintable(run.out));
}

void TestCommandLine::detectPrintsTextBoxesAsJson_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("tesseract") << QStringLiteral("tesseract");
    QTest::newRow("ppocr") << QStringLiteral("ppocr");
}

void TestCommandLine::detectPrintsTextBoxesAsJson()
{
    QFETCH(QString, engine);
    const QString photo = QStringLiteral(GLYPHLAB_SOURCE_DIR "/resources/demo/street-sign.jpg");
    const Run run = cli({QStringLiteral("detect"), QStringLiteral("--engine"), engine, QStringLiteral("--input"), photo});
    if (ppocrMissing(run))
        QSKIP("PP-OCR models not found");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(document.isArray());
    QStringList texts;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject box = value.toObject();
        QCOMPARE(box.keys(), (QStringList{QStringLiteral("box"), QStringLiteral("confidence"), QStringLiteral("quad"), QStringLiteral("text")}));
        texts << box.value(QStringLiteral("text")).toString();
        const double confidence = box.value(QStringLiteral("confidence")).toDouble(-1);
        QVERIFY(confidence >= 0.0 && confidence <= 1.0);
        const QJsonArray rect = box.value(QStringLiteral("box")).toArray();
        QCOMPARE(rect.size(), 4);
        QVERIFY(rect.at(2).toInt() > 0 && rect.at(3).toInt() > 0);
        QVERIFY(rect.at(0).toInt() + rect.at(2).toInt() <= 800 && rect.at(1).toInt() + rect.at(3).toInt() <= 600);
        const QJsonArray quad = box.value(QStringLiteral("quad")).toArray();
        QCOMPARE(quad.size(), 4);
        for (const QJsonValue &corner : quad) {
            QCOMPARE(corner.toArray().size(), 2);
            QVERIFY(corner.toArray().at(0).isDouble());
        }
    }
    QVERIFY2(texts.contains(QStringLiteral("PARKING")), qPrintable(run.out));
}

void TestCommandLine::detectJoinsWordsIntoLines()
{
    // Tesseract finds words; --lines joins those on one text line, and every word is kept.
    const QString photo = QStringLiteral(GLYPHLAB_SOURCE_DIR "/resources/demo/street-sign.jpg");
    const QStringList base{QStringLiteral("detect"), QStringLiteral("--engine"), QStringLiteral("tesseract"), QStringLiteral("--input"), photo};
    const Run words = cli(base);
    const Run lines = cli(QStringList(base) << QStringLiteral("--lines"));
    QVERIFY2(words.exitCode == 0 && lines.exitCode == 0, qPrintable(words.err + lines.err));
    auto texts = [](const Run &run) {
        QStringList result;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).array())
            result << value.toObject().value(QStringLiteral("text")).toString();
        return result;
    };
    const QStringList found = texts(words), joined = texts(lines);
    QVERIFY(!found.isEmpty());
    QVERIFY2(joined.size() <= found.size(), qPrintable(lines.out));
    QCOMPARE(joined.join(QLatin1Char(' ')).split(QLatin1Char(' ')).size(), found.size());
    for (const QString &word : found)
        QVERIFY2(joined.join(QLatin1Char(' ')).contains(word), qPrintable(word));
    // A threshold above every confidence leaves nothing.
    const Run none = cli(QStringList(base) << QStringLiteral("--min-confidence") << QStringLiteral("1"));
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out.trimmed(), QStringLiteral("[]"));
}

void TestCommandLine::detectReportsBadPhotos()
{
    QTemporaryDir dir;
    Run run = cli({QStringLiteral("detect"), QStringLiteral("--engine"), QStringLiteral("tesseract"), QStringLiteral("--input"),
                   QStringLiteral(GLYPHLAB_TEST_DATA "/corrupt.png")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("corrupt.png: ")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    run = cli({QStringLiteral("detect"), QStringLiteral("--engine"), QStringLiteral("tesseract"), QStringLiteral("--input"),
               dir.filePath(QStringLiteral("nothing.jpg"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("does not exist")), qPrintable(run.err));
    // A photo without text: an empty array.
    run = cli({QStringLiteral("detect"), QStringLiteral("--engine"), QStringLiteral("tesseract"), QStringLiteral("--input"),
               QStringLiteral(GLYPHLAB_TEST_DATA "/base.png")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("[]"));
}

void TestCommandLine::schedulePrintsLambdaPerStep()
{
    // The paper's square wave, τ = 1 from step 0: text, image, text, ...
    Run run = cli({QStringLiteral("schedule"), QStringLiteral("--kind"), QStringLiteral("square"), QStringLiteral("--period"),
                   QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--steps"), QStringLiteral("20")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 21);
    QCOMPARE(lines[0], QStringLiteral("step\tlambda\tbranch"));
    for (int step = 0; step < 20; ++step) {
        const QString expected = step % 2 == 0 ? QStringLiteral("%1\t0\ttext") : QStringLiteral("%1\t1\timage");
        QCOMPARE(lines[step + 1], expected.arg(step));
    }

    // τ = 2 after an image-centric start of 3 steps.
    run = cli({QStringLiteral("schedule"), QStringLiteral("--period"), QStringLiteral("2"), QStringLiteral("--start"),
               QStringLiteral("3"), QStringLiteral("--steps"), QStringLiteral("9")});
    QCOMPARE(run.exitCode, 0);
    lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList branches;
    for (const QString &line : lines.mid(1))
        branches << line.section(QLatin1Char('\t'), 2, 2);
    QCOMPARE(branches.join(QLatin1Char(',')), QStringLiteral("image,image,image,text,text,image,image,text,text"));

    // A linear ramp: from 1 (image) through mixed values to 0 (text).
    run = cli({QStringLiteral("schedule"), QStringLiteral("--kind"), QStringLiteral("linear"), QStringLiteral("--steps"), QStringLiteral("5")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("step\tlambda\tbranch\n0\t1\timage\n1\t0.75\tmixed\n2\t0.5\tmixed\n3\t0.25\tmixed\n4\t0\ttext\n"));
}

void TestCommandLine::scheduleRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("schedule"), QStringLiteral("--kind"), QStringLiteral("sawtooth")}
                                  << QStringLiteral("\"sawtooth\"; use one of: square, text, image, linear, cosine");
    QTest::newRow("period 0") << QStringList{QStringLiteral("schedule"), QStringLiteral("--period"), QStringLiteral("0")}
                              << QStringLiteral("--period must be");
    QTest::newRow("negative start") << QStringList{QStringLiteral("schedule"), QStringLiteral("--start=-2")}
                                    << QStringLiteral("--start must be");
    QTest::newRow("no steps") << QStringList{QStringLiteral("schedule"), QStringLiteral("--steps"), QStringLiteral("zero")}
                              << QStringLiteral("--steps must be");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("schedule"), QStringLiteral("square")}
                                    << QStringLiteral("unexpected argument");
}

void TestCommandLine::scheduleRejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QLatin1String("glyphlab-cli schedule: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

// The real-crop set with GlyphSR under two labels (the ablation rows' mechanism, here with the
// shipped weights twice), read by the project's CRNN; throughput at 64×16 in batches of 2.
void TestCommandLine::benchComparesLabelledMethodsWithTheCrnn()
{
    const QString manifest = QStringLiteral(GLYPHLAB_SOURCE_DIR "/resources/models/glyphsr.json");
    if (!QFile::exists(manifest))
        QSKIP("no shipped glyphsr.json");
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("report"));
    const Run run = benchLabelledWords(dir, {QStringLiteral("garden"), QStringLiteral("market"), QStringLiteral("river")},
                                       QStringLiteral("glyphsr-a=%1,glyphsr-b=%1").arg(manifest), QStringLiteral("2"), output);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString &row : {QStringLiteral("| hr |"), QStringLiteral("| bicubic |"), QStringLiteral("| glyphsr-a |"), QStringLiteral("| glyphsr-b |")})
        QVERIFY2(run.out.contains(row), qPrintable(row + QLatin1Char('\n') + run.out));
    QVERIFY2(run.out.contains(QLatin1String("real-x2 crnn")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("64×16 crops/s, batch 2")));
    QFile file(output + QStringLiteral("/report.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 4);
    QJsonObject a, b;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString method = row.value(QStringLiteral("method")).toString();
        QCOMPARE(row.value(QStringLiteral("set")).toString(), QStringLiteral("real-x2"));
        QCOMPARE(row.value(QStringLiteral("count")).toInt(), 3);
        QVERIFY(row.value(QStringLiteral("wordAccuracy")).toObject().contains(QStringLiteral("crnn")));
        const QJsonObject speed = row.value(QStringLiteral("fixedSize")).toObject();
        if (method == QLatin1String("hr")) {
            QVERIFY(speed.isEmpty());
            // The CRNN reads the clean crops as they are.
            QVERIFY(row.value(QStringLiteral("wordAccuracy")).toObject().value(QStringLiteral("crnn")).toDouble() > 0.5);
            continue;
        }
        QCOMPARE(speed.value(QStringLiteral("batch")).toInt(), 2);
        QVERIFY(speed.value(QStringLiteral("cropsPerSecond")).toDouble() > 0);
        QVERIFY(speed.value(QStringLiteral("millisecondsPerCrop")).toDouble() > 0);
        if (method == QLatin1String("glyphsr-a"))
            a = row;
        if (method == QLatin1String("glyphsr-b"))
            b = row;
    }
    // The same weights under two labels give the same figures.
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QCOMPARE(a.value(QStringLiteral("wordAccuracy")), b.value(QStringLiteral("wordAccuracy")));
    QCOMPARE(a.value(QStringLiteral("psnr")), b.value(QStringLiteral("psnr")));
}

// A method that restores none of a set's crops (here GlyphSR weights whose manifest names another
// recognizer) gets no figures on it, not 0 % and a negative gap closure; the failures say why.
void TestCommandLine::benchGivesAMethodThatRestoredNothingNoFigures()
{
    const QString models = QStringLiteral(GLYPHLAB_SOURCE_DIR "/resources/models");
    if (!QFile::exists(models + QStringLiteral("/glyphsr.json")))
        QSKIP("no shipped glyphsr.json");
    QTemporaryDir dir;
    QFile source(models + QStringLiteral("/glyphsr.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject manifest = QJsonDocument::fromJson(source.readAll()).object();
    QJsonObject architecture = manifest.value(QStringLiteral("architecture")).toObject();
    QVERIFY(architecture.contains(QStringLiteral("recognizerSha256")));
    architecture.insert(QStringLiteral("recognizerSha256"), QString(64, QLatin1Char('0')));
    manifest.insert(QStringLiteral("architecture"), architecture);
    const QString mismatched = dir.filePath(QStringLiteral("glyphsr.json"));
    QFile out(mismatched);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(manifest).toJson());
    out.close();
    QVERIFY(QFile::copy(models + QStringLiteral("/glyphsr.pt"), dir.filePath(QStringLiteral("glyphsr.pt"))));

    const QString output = dir.filePath(QStringLiteral("report"));
    const Run run = benchLabelledWords(dir, {QStringLiteral("garden"), QStringLiteral("market")},
                                       QStringLiteral("other-crnn=%1").arg(mismatched), QStringLiteral("2"), output);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("other-crnn failed on real-x2")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("was trained with another recognizer than the crnn.json in use")), qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("| other-crnn | – |")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("| other-crnn | real-x2 | – | – | – | – | – | – | 2 |")), qPrintable(run.out));
    QFile file(output + QStringLiteral("/report.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    bool found = false;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("method")).toString() == QLatin1String("bicubic")) {
            QVERIFY(row.value(QStringLiteral("wordAccuracy")).toObject().contains(QStringLiteral("crnn")));
            QVERIFY(row.contains(QStringLiteral("psnr")));
        }
        if (row.value(QStringLiteral("method")).toString() != QLatin1String("other-crnn"))
            continue;
        found = true;
        QCOMPARE(row.value(QStringLiteral("failures")).toInt(), 2);
        QVERIFY(row.value(QStringLiteral("wordAccuracy")).toObject().isEmpty());
        QVERIFY(row.value(QStringLiteral("gapClosure")).toObject().isEmpty());
        QVERIFY(!row.contains(QStringLiteral("psnr")));
        QVERIFY(!row.contains(QStringLiteral("fixedSize")));
    }
    QVERIFY2(found, qPrintable(run.out));
}

void TestCommandLine::benchLeavesSceneFiguresOfAWordRecognizerEmpty()
{
    QTemporaryDir dir;
    const Run run = cli({QStringLiteral("bench"), QStringLiteral("--methods"), QStringLiteral("bicubic"), QStringLiteral("--sets"),
                         QStringLiteral("scene-x4"), QStringLiteral("--scene-count"), QStringLiteral("1"), QStringLiteral("--recognizers"),
                         QStringLiteral("crnn"), QStringLiteral("--output"), dir.path()});
    if (run.exitCode != 0 && (run.err.contains(QLatin1String("font")) || run.err.contains(QLatin1String("word list"))))
        QSKIP("no evaluation fonts or word list for the scene set");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("crnn cannot find text on photos")), qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("| bicubic | – |")), qPrintable(run.out));
    QFile file(dir.filePath(QStringLiteral("report.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    for (const QJsonValue &row : QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("rows")).toArray()) {
        QVERIFY(row.toObject().value(QStringLiteral("wordAccuracy")).toObject().isEmpty());
        QVERIFY(!row.toObject().contains(QStringLiteral("fixedSize"))); // no 64×16 figures for scenes
    }
}

// The benchmark hands each line its true words (RestoreOptions::knownWords): DiffTSR's IDM-only
// mode with reading=known keeps them as its text, so its own reading is right for every crop.
void TestCommandLine::benchGivesALineItsTrueWords()
{
    const QString manifest = QStringLiteral(GLYPHLAB_SOURCE_DIR "/resources/models/difftsr.json");
    if (!QFile::exists(manifest))
        QSKIP("no shipped difftsr.json");
    QTemporaryDir dir;
    const Run run = benchLabelledWords(dir, {QStringLiteral("garden"), QStringLiteral("market")},
                                       QStringLiteral("difftsr:mode=idm-only;reading=known;steps=2"), QStringLiteral("0"), dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(dir.filePath(QStringLiteral("report.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    bool found = false;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        if (!row.value(QStringLiteral("method")).toString().startsWith(QLatin1String("difftsr")))
            continue;
        found = true;
        QCOMPARE(row.value(QStringLiteral("failures")).toInt(), 0);
        QCOMPARE(row.value(QStringLiteral("ownTextAccuracy")).toDouble(), 1.0);
    }
    QVERIFY2(found, qPrintable(run.out));
}

// A GUI application object: the OCR tests render words with fonts (offscreen under ctest).
QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
