#include "ImageLoader.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

class TestImageLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensPlainImages_data();
    void opensPlainImages();
    void flattensAlphaOntoWhite();
    void reportsBadFiles_data();
    void reportsBadFiles();
    void refusesHugeImageBeforeDecoding();
    void respectsExifOrientation();

private:
    static QString fixture(const char *name) { return QStringLiteral(GLYPHLAB_TEST_DATA "/") + QLatin1String(name); }
};

void TestImageLoader::opensPlainImages_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("note");
    QTest::newRow("png") << fixture("base.png") << QString();
    QTest::newRow("jpeg") << fixture("plain.jpg") << QString();
    QTest::newRow("16-bit png") << fixture("rgb16.png") << QStringLiteral("16-bit");
    QTest::newRow("cmyk jpeg") << fixture("cmyk.jpg") << QString();
}

void TestImageLoader::opensPlainImages()
{
    QFETCH(QString, path);
    QFETCH(QString, note);
    const LoadedImage loaded = ImageLoader::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.image.size(), QSize(96, 48));
    QCOMPARE(loaded.image.format(), QImage::Format_RGB888);
    QVERIFY(loaded.notes.contains(note));
    // The white rectangle drawn at (10..40, 10..30) is still white, whatever the encoding.
    const QColor inside = loaded.image.pixelColor(25, 20);
    QVERIFY2(inside.red() > 235 && inside.green() > 235 && inside.blue() > 235,
             qPrintable(inside.name()));
    // Outside it the red-to-blue gradient runs top to bottom.
    QVERIFY(loaded.image.pixelColor(80, 2).red() > loaded.image.pixelColor(80, 45).red());
}

void TestImageLoader::flattensAlphaOntoWhite()
{
    const LoadedImage loaded = ImageLoader::load(fixture("alpha.png"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(loaded.notes.contains(QLatin1String("transparency")));
    QCOMPARE(loaded.image.pixelColor(80, 40), QColor(Qt::white)); // transparent half
    QVERIFY(loaded.image.pixelColor(5, 40).blue() > 150);         // opaque half keeps its colour
}

void TestImageLoader::reportsBadFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << fixture("no-such-file.png") << QStringLiteral("does not exist");
    QTest::newRow("empty") << fixture("empty.png") << QStringLiteral("empty");
    QTest::newRow("corrupt") << fixture("corrupt.png") << QStringLiteral("could not be decoded");
    QTest::newRow("text") << fixture("notes.txt.png") << QStringLiteral("not an image");
    QTest::newRow("folder") << QStringLiteral(GLYPHLAB_TEST_DATA) << QStringLiteral("folder");
    QTest::newRow("no name") << QString() << QStringLiteral("No file name");
}

void TestImageLoader::reportsBadFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const LoadedImage loaded = ImageLoader::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error.contains(expected), qPrintable(loaded.error));
}

void TestImageLoader::refusesHugeImageBeforeDecoding()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.png"));
    {
        QImage huge(20000, 20000, QImage::Format_Mono); // 50 MB in memory, a small file on disk
        QVERIFY(!huge.isNull());
        huge.fill(1);
        QVERIFY(huge.save(path));
    }
    const LoadedImage loaded = ImageLoader::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error.contains(QStringLiteral("20000×20000")), qPrintable(loaded.error));
    QVERIFY2(loaded.error.contains(QLatin1String("400.0 MP")), qPrintable(loaded.error));
    // With a larger cap the same file opens: the refusal is the cap, not a decoding failure.
    QVERIFY(ImageLoader::load(fixture("base.png"), 96 * 48).ok());
    QVERIFY(!ImageLoader::load(fixture("base.png"), 96 * 48 - 1).ok());
}

void TestImageLoader::respectsExifOrientation()
{
    // A JPEG whose EXIF says "rotate 90° clockwise to display": written by Qt itself.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("turned.jpg"));
    QImage wide(60, 20, QImage::Format_RGB888);
    wide.fill(Qt::black);
    QVERIFY(wide.save(path));
    // Patch an EXIF APP1 segment with Orientation = 6 in after the SOI marker.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray jpeg = file.readAll();
    file.close();
    const QByteArray tiff = QByteArray::fromHex("4d4d002a00000008000101120003000000010006000000000000");
    QByteArray app1 = QByteArray::fromHex("ffe1");
    const int length = 2 + 6 + tiff.size();
    app1.append(char(length >> 8)).append(char(length & 0xff)).append("Exif\0\0", 6).append(tiff);
    jpeg.insert(2, app1);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(jpeg);
    file.close();

    const LoadedImage loaded = ImageLoader::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.image.size(), QSize(20, 60));
    QVERIFY(loaded.notes.contains(QLatin1String("EXIF")));
}

QTEST_GUILESS_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
