#include "BicubicMethod.h"
#include "MethodRunner.h"
#include "RestoreCancelled.h"

#include <QRandomGenerator>
#include <QTest>

#include <opencv2/imgproc.hpp>

class TestBicubicMethod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesOpenCvResize_data();
    void matchesOpenCvResize();
    void reportsOneStep();
    void stopsWhenCancelledBeforeStart();
    void runnerRejectsBadRequests();

private:
    static QImage noiseImage(int width, int height, quint32 seed);
};

QImage TestBicubicMethod::noiseImage(int width, int height, quint32 seed)
{
    // Smooth areas and hard edges together: text-like content with stroke edges.
    QRandomGenerator random(seed);
    QImage image(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const bool stroke = ((x / 3) % 3 == 0) && y > height / 4 && y < 3 * height / 4;
            const int base = stroke ? 20 : 200 + int(random.bounded(40));
            image.setPixelColor(x, y, QColor(base, (base + x * 7) % 256, (base + y * 11) % 256));
        }
    }
    return image;
}

void TestBicubicMethod::matchesOpenCvResize_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("scale");
    QTest::newRow("TextZoom LR ×2") << 64 << 16 << 2;
    QTest::newRow("odd size ×3") << 37 << 11 << 3;
    QTest::newRow("×4") << 50 << 20 << 4;
    QTest::newRow("single column ×2") << 1 << 9 << 2;
}

void TestBicubicMethod::matchesOpenCvResize()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, scale);
    const QImage input = noiseImage(width, height, quint32(width * 131 + height));

    BicubicMethod method;
    RestoreOptions options;
    options.scale = scale;
    options.device = QStringLiteral("cpu");
    const RestoreResult result = MethodRunner::run(method, input, options, {}, CancelToken());
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QCOMPARE(result.image.size(), input.size() * scale);

    const cv::Mat source(input.height(), input.width(), CV_8UC3,
                         const_cast<uchar *>(input.constBits()), size_t(input.bytesPerLine()));
    cv::Mat expected;
    cv::resize(source, expected, cv::Size(width * scale, height * scale), 0, 0, cv::INTER_CUBIC);

    const QImage actual = result.image.convertToFormat(QImage::Format_RGB888);
    int maxDifference = 0;
    double sumDifference = 0;
    for (int y = 0; y < expected.rows; ++y) {
        const uchar *a = actual.constScanLine(y);
        const uchar *b = expected.ptr<uchar>(y);
        for (int i = 0; i < expected.cols * 3; ++i) {
            const int difference = std::abs(int(a[i]) - int(b[i]));
            maxDifference = std::max(maxDifference, difference);
            sumDifference += difference;
        }
    }
    const double meanDifference = sumDifference / (double(expected.total()) * 3);
    // OpenCV interpolates 8-bit images in fixed point; LibTorch in float: off by one at most.
    QVERIFY2(maxDifference <= 1, qPrintable(QStringLiteral("max difference %1").arg(maxDifference)));
    QVERIFY2(meanDifference < 0.2, qPrintable(QStringLiteral("mean difference %1").arg(meanDifference)));
}

void TestBicubicMethod::reportsOneStep()
{
    BicubicMethod method;
    QList<StepRecord> steps;
    RestoreOptions options;
    options.scale = 2;
    const RestoreResult result = MethodRunner::run(method, noiseImage(20, 10, 1), options,
                                                   [&](const StepRecord &step) { steps.append(step); },
                                                   CancelToken());
    QVERIFY(result.succeeded());
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().count, 1);
    QCOMPARE(steps.first().image, result.image);
    QCOMPARE(result.stepsDone, 1);
    QVERIFY(!result.device.isEmpty());
}

void TestBicubicMethod::stopsWhenCancelledBeforeStart()
{
    BicubicMethod method;
    CancelToken token;
    token.cancel();
    const RestoreResult result = MethodRunner::run(method, noiseImage(20, 10, 1), RestoreOptions(), {}, token);
    QCOMPARE(result.status, RestoreResult::Status::Cancelled);
    QVERIFY(result.image.isNull());
}

void TestBicubicMethod::runnerRejectsBadRequests()
{
    BicubicMethod method;
    RestoreOptions options;
    RestoreResult result = MethodRunner::run(method, QImage(), options, {}, CancelToken());
    QCOMPARE(result.status, RestoreResult::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("empty")), qPrintable(result.error));

    options.scale = 5;
    result = MethodRunner::run(method, noiseImage(8, 8, 2), options, {}, CancelToken());
    QCOMPARE(result.status, RestoreResult::Status::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("×5")), qPrintable(result.error));

    options.scale = 8;
    result = MethodRunner::run(method, QImage(4000, 3000, QImage::Format_RGB888), options, {}, CancelToken());
    QCOMPARE(result.status, RestoreResult::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("MP limit")), qPrintable(result.error));

    options.scale = 2;
    options.device = QStringLiteral("tpu");
    result = MethodRunner::run(method, noiseImage(8, 8, 2), options, {}, CancelToken());
    QCOMPARE(result.status, RestoreResult::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("Unknown device")), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestBicubicMethod)
#include "tst_bicubicmethod.moc"
