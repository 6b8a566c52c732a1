#include "ImageWriter.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

class TestImageWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesPngThatReadsBack();
    void refusesNullImage();
    void reportsUnwritableTarget();
    void createsAndChecksFolders();
};

void TestImageWriter::writesPngThatReadsBack()
{
    QTemporaryDir dir;
    QImage image(7, 5, QImage::Format_RGB888);
    image.fill(QColor(10, 200, 30));
    image.setPixelColor(3, 2, Qt::white);
    QString error;
    const QString path = dir.filePath(QStringLiteral("out.png"));
    QVERIFY2(ImageWriter::savePng(image, path, &error), qPrintable(error));
    const QImage back(path);
    QCOMPARE(back.convertToFormat(QImage::Format_RGB888), image);
    QCOMPARE(dir.filePath(QStringLiteral("out.png")), path);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left behind
}

void TestImageWriter::refusesNullImage()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!ImageWriter::savePng(QImage(), dir.filePath(QStringLiteral("x.png")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

void TestImageWriter::reportsUnwritableTarget()
{
    QTemporaryDir dir;
    // A path below a regular file can't be written, even by root.
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QImage image(4, 4, QImage::Format_RGB888);
    image.fill(Qt::red);
    QString error;
    QVERIFY(!ImageWriter::savePng(image, blocker + QStringLiteral("/x.png"), &error));
    QVERIFY2(error.contains(QLatin1String("Cannot write")), qPrintable(error));
}

void TestImageWriter::createsAndChecksFolders()
{
    QTemporaryDir dir;
    QString error;
    const QString nested = dir.filePath(QStringLiteral("a/b/c"));
    QVERIFY2(ImageWriter::ensureWritableFolder(nested, &error), qPrintable(error));
    QVERIFY(QFileInfo(nested).isDir());
    QVERIFY(QDir(nested).entryList(QDir::Files | QDir::Hidden).isEmpty()); // probe removed

    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(!ImageWriter::ensureWritableFolder(blocker, &error));
    QVERIFY2(error.contains(QLatin1String("not a folder")), qPrintable(error));
    QVERIFY(!ImageWriter::ensureWritableFolder(blocker + QStringLiteral("/sub"), &error));
    QVERIFY2(error.contains(QLatin1String("Cannot create")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestImageWriter)
#include "tst_imagewriter.moc"
