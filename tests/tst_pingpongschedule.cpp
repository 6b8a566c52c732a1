#include "PingPongSchedule.h"

#include <QTest>

#include <stdexcept>

// GLYPH-SR's λ_t: the paper's square wave step by step, the constant and ramp kinds, names.
class TestPingPongSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void squareWave_data();
    void squareWave();
    void constantKinds();
    void rampsFallMonotonicallyFromImageToText_data();
    void rampsFallMonotonicallyFromImageToText();
    void rampEdgeCases();
    void leadingBranchFollowsLambda();
    void namesRoundTrip();
    void badNamesAndOptionsAreRejected();

private:
    static QString lambdas(const PingPongSchedule &schedule, int steps);
};

QString TestPingPongSchedule::lambdas(const PingPongSchedule &schedule, int steps)
{
    QString digits;
    for (int i = 0; i < steps; ++i)
        digits += QString::number(schedule.lambdaAt(i, steps));
    return digits;
}

void TestPingPongSchedule::squareWave_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("start");
    QTest::addColumn<QString>("expected"); // λ per step, 12 steps
    // λ = 0 where ⌊(i − t0)/τ⌋ is even; image-centric (1) before t0.
    QTest::newRow("tau 1") << 1 << 0 << QStringLiteral("010101010101");
    QTest::newRow("tau 2") << 2 << 0 << QStringLiteral("001100110011");
    QTest::newRow("tau 3") << 3 << 0 << QStringLiteral("000111000111");
    QTest::newRow("tau 1, t0 3") << 1 << 3 << QStringLiteral("111010101010");
    QTest::newRow("tau 2, t0 3") << 2 << 3 << QStringLiteral("111001100110");
    QTest::newRow("t0 beyond the run") << 1 << 20 << QStringLiteral("111111111111");
}

void TestPingPongSchedule::squareWave()
{
    QFETCH(int, period);
    QFETCH(int, start);
    QFETCH(QString, expected);
    const PingPongSchedule schedule(PingPongSchedule::Kind::Square, period, start);
    QCOMPARE(lambdas(schedule, 12), expected);
    // The square wave does not depend on the run's length.
    for (int i = 0; i < 12; ++i)
        QCOMPARE(schedule.lambdaAt(i, 12), schedule.lambdaAt(i, 100));
}

void TestPingPongSchedule::constantKinds()
{
    for (const int start : {0, 4}) {
        QCOMPARE(lambdas(PingPongSchedule(PingPongSchedule::Kind::Text, 1, start), 8), QStringLiteral("00000000"));
        QCOMPARE(lambdas(PingPongSchedule(PingPongSchedule::Kind::Image, 1, start), 8), QStringLiteral("11111111"));
    }
}

void TestPingPongSchedule::rampsFallMonotonicallyFromImageToText_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("steps");
    for (const auto kind : {PingPongSchedule::Kind::Linear, PingPongSchedule::Kind::Cosine}) {
        const QByteArray name = PingPongSchedule::kindName(kind).toLatin1();
        QTest::newRow(QByteArray(name + ", 20 steps").constData()) << int(kind) << 0 << 20;
        QTest::newRow(QByteArray(name + ", 2 steps").constData()) << int(kind) << 0 << 2;
        QTest::newRow(QByteArray(name + ", 50 steps, t0 10").constData()) << int(kind) << 10 << 50;
    }
}

void TestPingPongSchedule::rampsFallMonotonicallyFromImageToText()
{
    QFETCH(int, kind);
    QFETCH(int, start);
    QFETCH(int, steps);
    const PingPongSchedule schedule(PingPongSchedule::Kind(kind), 3, start);
    for (int i = 0; i <= start; ++i)
        QCOMPARE(schedule.lambdaAt(i, steps), 1.0);
    QCOMPARE(schedule.lambdaAt(steps - 1, steps), 0.0);
    for (int i = 1; i < steps; ++i)
        QVERIFY2(schedule.lambdaAt(i, steps) <= schedule.lambdaAt(i - 1, steps), qPrintable(QString::number(i)));
    // Strictly inside the ramp the branches mix.
    if (steps - 1 - start >= 2) {
        const int middle = start + (steps - 1 - start) / 2;
        const double lambda = schedule.lambdaAt(middle, steps);
        QVERIFY(lambda > 0.0 && lambda < 1.0);
        QCOMPARE(schedule.leadingBranch(middle, steps), PingPongSchedule::Branch::Mixed);
    }
    if (PingPongSchedule::Kind(kind) == PingPongSchedule::Kind::Linear && start == 0 && steps == 20) {
        QCOMPARE(schedule.lambdaAt(1, 20), 1.0 - 1.0 / 19.0);
    }
    if (PingPongSchedule::Kind(kind) == PingPongSchedule::Kind::Cosine && start == 0 && steps == 20) {
        // Half a cosine: flat at both ends, exactly ½ half-way (step 9.5 lies between 9 and 10).
        QVERIFY(qFuzzyCompare(schedule.lambdaAt(9, 20) + schedule.lambdaAt(10, 20), 1.0));
        QVERIFY(1.0 - schedule.lambdaAt(1, 20) < 1.0 / 19.0);
    }
}

void TestPingPongSchedule::rampEdgeCases()
{
    const PingPongSchedule linear(PingPongSchedule::Kind::Linear, 1, 0);
    // A single step is the ramp's end.
    QCOMPARE(linear.lambdaAt(0, 1), 0.0);
    // Steps outside the run are clamped to it; a count below 1 counts as 1.
    QCOMPARE(linear.lambdaAt(-5, 10), 1.0);
    QCOMPARE(linear.lambdaAt(50, 10), 0.0);
    QCOMPARE(linear.lambdaAt(3, 0), 0.0);
    // t0 on the last step: image-centric until then, text at the end.
    const PingPongSchedule late(PingPongSchedule::Kind::Cosine, 1, 9);
    QCOMPARE(late.lambdaAt(8, 10), 1.0);
    QCOMPARE(late.lambdaAt(9, 10), 0.0);
}

void TestPingPongSchedule::leadingBranchFollowsLambda()
{
    const PingPongSchedule square(PingPongSchedule::Kind::Square, 1, 2);
    QCOMPARE(square.leadingBranch(0, 10), PingPongSchedule::Branch::Image);
    QCOMPARE(square.leadingBranch(2, 10), PingPongSchedule::Branch::Text);
    QCOMPARE(square.leadingBranch(3, 10), PingPongSchedule::Branch::Image);
    QCOMPARE(PingPongSchedule::branchFor(0.0), PingPongSchedule::Branch::Text);
    QCOMPARE(PingPongSchedule::branchFor(1.0), PingPongSchedule::Branch::Image);
    QCOMPARE(PingPongSchedule::branchFor(0.25), PingPongSchedule::Branch::Mixed);
    QCOMPARE(PingPongSchedule::branchName(PingPongSchedule::Branch::Text), QStringLiteral("text"));
    QCOMPARE(PingPongSchedule::branchName(PingPongSchedule::Branch::Image), QStringLiteral("image"));
    QCOMPARE(PingPongSchedule::branchName(PingPongSchedule::Branch::Mixed), QStringLiteral("mixed"));
}

void TestPingPongSchedule::namesRoundTrip()
{
    QCOMPARE(PingPongSchedule::kindNames(),
             QStringList({QStringLiteral("square"), QStringLiteral("text"), QStringLiteral("image"),
                          QStringLiteral("linear"), QStringLiteral("cosine")}));
    for (const QString &name : PingPongSchedule::kindNames()) {
        const auto kind = PingPongSchedule::kindFromName(name);
        QVERIFY(kind.has_value());
        QCOMPARE(PingPongSchedule::kindName(*kind), name);
    }
    // Typed in a settings file or on the command line: case and spaces do not matter.
    QVERIFY(PingPongSchedule::kindFromName(QStringLiteral(" Square ")) == PingPongSchedule::Kind::Square);
}

void TestPingPongSchedule::badNamesAndOptionsAreRejected()
{
    for (const QString &bad : {QStringLiteral("sawtooth"), QString(), QStringLiteral("squares"), QStringLiteral("0")}) {
        QString error;
        QVERIFY(!PingPongSchedule::kindFromName(bad, &error).has_value());
        QVERIFY2(error.contains(QLatin1String("square, text, image, linear, cosine")), qPrintable(error));
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PingPongSchedule(PingPongSchedule::Kind::Square, 0, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PingPongSchedule(PingPongSchedule::Kind::Square, 1, -1));
}

QTEST_APPLESS_MAIN(TestPingPongSchedule)
#include "tst_pingpongschedule.moc"
