#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>

// The German and Chinese translations are complete, and the compiled ones translate.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourcesAreComplete_data();
    void sourcesAreComplete();
    void compiledTranslationsTranslate_data();
    void compiledTranslationsTranslate();
};

void TestTranslations::sourcesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

void TestTranslations::sourcesAreComplete()
{
    QFETCH(QString, language);
    QFile file(QStringLiteral(GLYPHLAB_SOURCE_DIR "/translations/glyphlab_%1.ts").arg(language));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ts = file.readAll();
    QVERIFY(ts.count("<message") > 100);
    QCOMPARE(ts.count("type=\"unfinished\""), 0);
    QCOMPARE(ts.count("type=\"obsolete\""), 0);
    QCOMPARE(ts.count("type=\"vanished\""), 0);
}

void TestTranslations::compiledTranslationsTranslate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("restoreRegion");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("&Datei") << QStringLiteral("Aktuellen Bereich &restaurieren");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)") << QStringLiteral("复原当前区域(&R)");
}

void TestTranslations::compiledTranslationsTranslate()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, restoreRegion);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(GLYPHLAB_QM_DIR "/glyphlab_%1.qm").arg(language)));
    QCOMPARE(translator.translate("MainWindow", "&File"), file);
    QCOMPARE(translator.translate("MainWindow", "&Restore Current Region"), restoreRegion);
    // Plural forms are filled in too.
    QVERIFY(!translator.translate("MainWindow", "Cancelled after %n step(s).", nullptr, 3).isEmpty());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
