#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Builds the Debian package from this build tree, checks its metadata and contents, unpacks
// it into a temporary root and runs the programs from there.
class TestPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hasDebianDependencies();
    void containsEverythingItInstalls();
    void desktopMetadataIsValid();
    void runsFromTheUnpackedRoot();

private:
    static QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr,
                       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;
};

QString TestPackage::run(const QString &program, const QStringList &arguments, int *exitCode,
                         const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(500000))
        qFatal("%s did not finish", qPrintable(program));
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

void TestPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    int exitCode = -1;
    const QString output = run(QStringLiteral(GLYPHLAB_CPACK),
                               {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_dir.path(),
                                QStringLiteral("--config"), QStringLiteral(GLYPHLAB_BUILD_DIR "/CPackConfig.cmake")},
                               &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(m_dir.path()).filePath(debs.first());
    QVERIFY2(debs.first().startsWith(QLatin1String("glyphlab_")), qPrintable(debs.first()));
    m_root = m_dir.filePath(QStringLiteral("root"));
    const QString unpacked = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(unpacked));
}

void TestPackage::hasDebianDependencies()
{
    int exitCode = -1;
    const QString info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-I"), m_deb}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(info.contains(QLatin1String("Package: glyphlab")));
    QVERIFY(info.contains(QLatin1String("Section: graphics")));
    const QString depends = info.section(QLatin1String("Depends:"), 1).section(QLatin1Char('\n'), 0, 0);
    for (const char *dependency : {"libqt6widgets6", "libqt6core6", "libtorch",
                                   "libtesseract5", "libqcustomplot", "libopenblas0-pthread",
                                   "tesseract-ocr-eng", "libopencv-dnn406"}) {
        QVERIFY2(depends.contains(QLatin1String(dependency)),
                 qPrintable(QStringLiteral("%1 missing from Depends: %2").arg(QLatin1String(dependency), depends)));
    }
}

void TestPackage::containsEverythingItInstalls()
{
    const QStringList expected = {
        QStringLiteral("usr/bin/glyphlab"),
        QStringLiteral("usr/bin/glyphlab-cli"),
        QStringLiteral("usr/share/applications/org.glyphlab.GlyphLab.desktop"),
        QStringLiteral("usr/share/metainfo/org.glyphlab.GlyphLab.metainfo.xml"),
        QStringLiteral("usr/share/mime/packages/glyphlab.xml"),
        QStringLiteral("usr/share/icons/hicolor/scalable/apps/org.glyphlab.GlyphLab.svg"),
        QStringLiteral("usr/share/glyphlab/demo/street-sign.jpg"),
        QStringLiteral("usr/share/glyphlab/demo/demo.json"),
    };
    for (const QString &path : expected)
        QVERIFY2(QFileInfo::exists(QDir(m_root).filePath(path)), qPrintable(path));
    for (int size : {16, 32, 48, 64, 128, 256}) {
        const QString icon = QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/org.glyphlab.GlyphLab.png").arg(size);
        QVERIFY2(QImage(QDir(m_root).filePath(icon)).size() == QSize(size, size), qPrintable(icon));
    }
    QVERIFY(QFileInfo(QDir(m_root).filePath(QStringLiteral("usr/bin/glyphlab"))).isExecutable());
}

void TestPackage::desktopMetadataIsValid()
{
    int exitCode = -1;
    QString output = run(QStringLiteral("desktop-file-validate"),
                         {QDir(m_root).filePath(QStringLiteral("usr/share/applications/org.glyphlab.GlyphLab.desktop"))}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("error")), qPrintable(output));
    output = run(QStringLiteral("appstreamcli"),
                 {QStringLiteral("validate"), QStringLiteral("--no-net"),
                  QDir(m_root).filePath(QStringLiteral("usr/share/metainfo/org.glyphlab.GlyphLab.metainfo.xml"))}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
}

void TestPackage::runsFromTheUnpackedRoot()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("GLYPHLAB_DATA"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString bin = QDir(m_root).filePath(QStringLiteral("usr/bin/"));
    int exitCode = -1;
    QString output = run(bin + QStringLiteral("glyphlab-cli"), {QStringLiteral("methods")}, &exitCode, environment);
    QCOMPARE(exitCode, 0);
    QVERIFY2(output.startsWith(QLatin1String("bicubic\t")), qPrintable(output));
    output = run(bin + QStringLiteral("glyphlab"), {QStringLiteral("--version")}, &exitCode, environment);
    QCOMPARE(exitCode, 0);
    QVERIFY2(output.startsWith(QLatin1String("GlyphLab 0.")), qPrintable(output));
    // The installed program finds its demo photo under the root, not in the source tree.
    const QString results = m_dir.filePath(QStringLiteral("demo-results"));
    output = run(bin + QStringLiteral("glyphlab-cli"), {QStringLiteral("demo"), QStringLiteral("--output"), results},
                 &exitCode, environment);
    QVERIFY2(exitCode == 0, qPrintable(output));
    QVERIFY2(output.contains(QDir(m_root).filePath(QStringLiteral("usr/share/glyphlab/demo/street-sign.jpg"))),
             qPrintable(output));
    QVERIFY(QFileInfo::exists(results + QStringLiteral("/at-all-times.png")));

    // The PP-OCR models travel with the package when the build tree has them (setup.sh fetches them).
    const QString builtModels = QStringLiteral(GLYPHLAB_BUILD_DIR "/share/glyphlab/models/ppocr");
    if (!QFileInfo::exists(builtModels + QStringLiteral("/ppocr-rec.onnx")))
        return;
    const QString packagedModels = QDir(m_root).filePath(QStringLiteral("usr/share/glyphlab/models/ppocr/"));
    for (const char *file : {"ppocr-det.onnx", "ppocr-rec.onnx", "ppocr-keys.txt", "manifest.json", "ppocr-models-LICENSE.txt"})
        QVERIFY2(QFileInfo::exists(packagedModels + QLatin1String(file)), file);
    environment.insert(QStringLiteral("GLYPHLAB_MODELS"), m_dir.filePath(QStringLiteral("no-models-here")));
    output = run(bin + QStringLiteral("glyphlab-cli"),
                 {QStringLiteral("detect"), QStringLiteral("--engine"), QStringLiteral("ppocr"), QStringLiteral("--input"),
                  QDir(m_root).filePath(QStringLiteral("usr/share/glyphlab/demo/street-sign.jpg"))},
                 &exitCode, environment);
    QVERIFY2(exitCode == 0, qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("\"PARKING\"")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
