#include "ImageRegion.h"

#include <QTest>

class TestImageRegion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clipsToTheImage();
    void rejectsZeroArea();
    void rejectsRegionOffTheImage();
    void parsesText();
    void rejectsBadText_data();
    void rejectsBadText();
};

void TestImageRegion::clipsToTheImage()
{
    QString error;
    const auto clipped = ImageRegion::clip(QRect(-10, 90, 50, 50), QSize(100, 100), &error);
    QVERIFY(clipped.has_value());
    QCOMPARE(*clipped, QRect(0, 90, 40, 10));
    QVERIFY(error.isEmpty());
}

void TestImageRegion::rejectsZeroArea()
{
    QString error;
    QVERIFY(!ImageRegion::clip(QRect(10, 10, 0, 20), QSize(100, 100), &error));
    QVERIFY2(error.contains(QLatin1String("no area")), qPrintable(error));
}

void TestImageRegion::rejectsRegionOffTheImage()
{
    QString error;
    QVERIFY(!ImageRegion::clip(QRect(200, 10, 20, 20), QSize(100, 100), &error));
    QVERIFY2(error.contains(QLatin1String("outside")), qPrintable(error));
}

void TestImageRegion::parsesText()
{
    QString error;
    const auto region = ImageRegion::parse(QStringLiteral("5, 6,70,8"), &error);
    QVERIFY(region.has_value());
    QCOMPARE(*region, QRect(5, 6, 70, 8));
}

void TestImageRegion::rejectsBadText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("three numbers") << QStringLiteral("1,2,3");
    QTest::newRow("word") << QStringLiteral("1,2,three,4");
    QTest::newRow("empty") << QString();
}

void TestImageRegion::rejectsBadText()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!ImageRegion::parse(text, &error));
    QVERIFY(error.contains(QLatin1String("x,y,width,height")));
}

QTEST_GUILESS_MAIN(TestImageRegion)
#include "tst_imageregion.moc"
