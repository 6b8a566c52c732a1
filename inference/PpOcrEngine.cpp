#include "PpOcrEngine.h"

#include "CtcGreedyDecoder.h"
#include "ResourceLocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <stdexcept>
#include <vector>

namespace {

// Input sizes fixed by the rewrite in fetch-ppocr-models.sh (OpenCV 4.6 needs static shapes).
constexpr int kDetectorSize = 640;
constexpr int kRecognizerHeight = 48;
constexpr int kRecognizerWidth = 320;
// PaddleOCR's DB post-processing defaults.
constexpr float kBinaryThreshold = 0.3f;
constexpr double kBoxScoreThreshold = 0.6;
constexpr double kUnclipRatio = 1.5;
constexpr float kMinimumBoxSide = 3.0f;
constexpr int kMaximumCandidates = 1000;
// Like PaddleOCR's drop_score: boxes read with less confidence are mostly not text.
constexpr double kMinimumReadingConfidence = 0.5;

const QString kDetectorFile = QStringLiteral("ppocr-det.onnx");
const QString kRecognizerFile = QStringLiteral("ppocr-rec.onnx");
const QString kKeysFile = QStringLiteral("ppocr-keys.txt");

cv::Mat toBgr(const QImage &image)
{
    const QImage bgr = image.convertToFormat(QImage::Format_BGR888);
    const cv::Mat view(bgr.height(), bgr.width(), CV_8UC3, const_cast<uchar *>(bgr.constBits()),
                       static_cast<size_t>(bgr.bytesPerLine()));
    return view.clone();
}

// Writes the normalised image into channel planes of a 1×3×H×W blob (the rest stays 0).
void fillBlob(cv::Mat &blob, const cv::Mat &image, const cv::Scalar &mean, const cv::Scalar &stdDev, double scale)
{
    const int planeHeight = blob.size[2];
    const int planeWidth = blob.size[3];
    float *planes = blob.ptr<float>();
    for (int y = 0; y < image.rows; ++y) {
        const uchar *row = image.ptr<uchar>(y);
        for (int x = 0; x < image.cols; ++x) {
            for (int c = 0; c < 3; ++c) {
                const double value = (row[3 * x + c] * scale - mean[c]) / stdDev[c];
                planes[(qsizetype(c) * planeHeight + y) * planeWidth + x] = float(value);
            }
        }
    }
}

double distance(const cv::Point2f &a, const cv::Point2f &b)
{
    return std::hypot(double(a.x - b.x), double(a.y - b.y));
}

// The four corners of a rotated rectangle in PaddleOCR's order: top-left, top-right,
// bottom-right, bottom-left (the two leftmost points are the left side).
std::array<cv::Point2f, 4> orderedCorners(const cv::RotatedRect &rect)
{
    std::array<cv::Point2f, 4> points;
    rect.points(points.data());
    std::sort(points.begin(), points.end(), [](const cv::Point2f &a, const cv::Point2f &b) { return a.x < b.x; });
    const auto [topLeft, bottomLeft] = points[0].y <= points[1].y ? std::pair(points[0], points[1]) : std::pair(points[1], points[0]);
    const auto [topRight, bottomRight] = points[2].y <= points[3].y ? std::pair(points[2], points[3]) : std::pair(points[3], points[2]);
    return {topLeft, topRight, bottomRight, bottomLeft};
}

// Mean probability inside the quad: how sure the detector is about the whole box.
double boxScore(const cv::Mat &probability, const std::array<cv::Point2f, 4> &corners)
{
    std::vector<cv::Point> polygon;
    for (const cv::Point2f &corner : corners)
        polygon.emplace_back(qRound(corner.x), qRound(corner.y));
    const cv::Rect bounds = cv::boundingRect(polygon) & cv::Rect(0, 0, probability.cols, probability.rows);
    if (bounds.empty())
        return 0.0;
    cv::Mat mask = cv::Mat::zeros(bounds.size(), CV_8UC1);
    for (cv::Point &point : polygon)
        point -= bounds.tl();
    cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{polygon}, cv::Scalar(1));
    return cv::mean(probability(bounds), mask)[0];
}

QString cvMessage(const cv::Exception &exception)
{
    return QString::fromStdString(exception.err.empty() ? exception.msg : exception.err).trimmed();
}

} // namespace

class PpOcrEngine::Private
{
public:
    QStringList foldersToSearch;
    QString folder;          // where the three files were found; empty if nowhere
    bool recognizerLoaded = false;
    bool detectorLoaded = false;
    QString loadError;       // sticky: a broken model stays broken for this engine object
    cv::dnn::Net detector;
    cv::dnn::Net recognizer;
    std::optional<CtcGreedyDecoder> decoder;

    void locate()
    {
        for (const QString &candidate : std::as_const(foldersToSearch)) {
            const QDir dir(candidate);
            const QStringList names = modelFileNames();
            const bool complete = std::all_of(names.cbegin(), names.cend(),
                                              [&dir](const QString &name) { return QFileInfo(dir.filePath(name)).isFile(); });
            if (complete) {
                folder = dir.absolutePath();
                return;
            }
        }
    }

    QString missingMessage() const
    {
        return PpOcrEngine::tr("The PP-OCR models (%1) were not found; looked in: %2. Fetch them with "
                               "packaging/fetch-ppocr-models.sh FOLDER (installed as "
                               "share/glyphlab/tools/fetch-ppocr-models.sh), or set GLYPHLAB_MODELS "
                               "to a folder whose ppocr subfolder holds them.")
            .arg(modelFileNames().join(QStringLiteral(", ")), foldersToSearch.join(QStringLiteral(", ")));
    }

    [[noreturn]] void fail(const QString &message)
    {
        loadError = message;
        throw std::runtime_error(message.toStdString());
    }

    void requireFolder()
    {
        if (!loadError.isEmpty())
            throw std::runtime_error(loadError.toStdString());
        if (folder.isEmpty())
            throw std::runtime_error(missingMessage().toStdString());
    }

    cv::dnn::Net loadNet(const QString &fileName)
    {
        const QString path = QDir(folder).filePath(fileName);
        try {
            cv::dnn::Net net = cv::dnn::readNetFromONNX(QFile::encodeName(path).toStdString());
            if (net.empty())
                fail(PpOcrEngine::tr("OpenCV could not load the PP-OCR model %1.").arg(path));
            net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
            net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
            return net;
        } catch (const cv::Exception &exception) {
            fail(PpOcrEngine::tr("The PP-OCR model %1 could not be loaded (is it the file written by "
                                 "fetch-ppocr-models.sh?): %2").arg(path, cvMessage(exception)));
        }
    }

    void ensureRecognizer()
    {
        requireFolder();
        if (recognizerLoaded)
            return;
        QFile keysFile(QDir(folder).filePath(kKeysFile));
        if (!keysFile.open(QIODevice::ReadOnly))
            fail(PpOcrEngine::tr("Cannot read %1: %2").arg(keysFile.fileName(), keysFile.errorString()));
        QStringList keys = QString::fromUtf8(keysFile.readAll()).split(QLatin1Char('\n'));
        if (!keys.isEmpty() && keys.constLast().isEmpty())
            keys.removeLast();
        if (keys.isEmpty())
            fail(PpOcrEngine::tr("The PP-OCR character list %1 is empty.").arg(keysFile.fileName()));
        // Class 0 is the CTC blank, then one class per line of the keys file, then the space.
        QStringList classes;
        classes.reserve(keys.size() + 2);
        classes << QString() << keys << QStringLiteral(" ");
        recognizer = loadNet(kRecognizerFile);
        decoder.emplace(classes);
        recognizerLoaded = true;
    }

    void ensureDetector()
    {
        requireFolder();
        if (!detectorLoaded) {
            detector = loadNet(kDetectorFile);
            detectorLoaded = true;
        }
    }

    cv::Mat forward(cv::dnn::Net &net, const cv::Mat &blob, const QString &fileName)
    {
        try {
            net.setInput(blob);
            return net.forward().clone();
        } catch (const cv::Exception &exception) {
            fail(PpOcrEngine::tr("The PP-OCR model %1 failed to run (wrong model or input size?): %2")
                     .arg(QDir(folder).filePath(fileName), cvMessage(exception)));
        }
    }

    OcrReading recognizeBgr(const cv::Mat &bgr)
    {
        ensureRecognizer();
        // Height 48 keeping the aspect ratio, padded on the right: stretching distorts glyphs.
        const int width = std::min(kRecognizerWidth,
                                   std::max(1, int(std::ceil(double(kRecognizerHeight) * bgr.cols / bgr.rows))));
        cv::Mat resized;
        cv::resize(bgr, resized, cv::Size(width, kRecognizerHeight));
        const int shape[] = {1, 3, kRecognizerHeight, kRecognizerWidth};
        cv::Mat blob(4, shape, CV_32F, cv::Scalar(0));
        fillBlob(blob, resized, cv::Scalar::all(0.5), cv::Scalar::all(0.5), 1.0 / 255.0);
        const cv::Mat output = forward(recognizer, blob, kRecognizerFile);
        if (output.dims != 3 || output.size[0] != 1 || output.size[2] != decoder->classCount()) {
            std::vector<int> dims(output.size.p, output.size.p + output.dims);
            QStringList shapeText;
            for (int dim : dims)
                shapeText << QString::number(dim);
            fail(PpOcrEngine::tr("The PP-OCR recognizer %1 gives output of shape (%2), expected (1, steps, %3) "
                                 "to match the %4 characters of %5.")
                     .arg(QDir(folder).filePath(kRecognizerFile), shapeText.join(QStringLiteral(", ")))
                     .arg(decoder->classCount()).arg(decoder->classCount() - 2)
                     .arg(QDir(folder).filePath(kKeysFile)));
        }
        return decoder->decode(output.ptr<float>(), output.size[1]);
    }

    // DB text detection on the photo letterboxed into 640×640; quads in photo pixels.
    std::vector<std::array<cv::Point2f, 4>> detectQuads(const cv::Mat &bgr)
    {
        ensureDetector();
        const double scale = double(kDetectorSize) / std::max(bgr.rows, bgr.cols);
        const int height = std::clamp(int(std::lround(bgr.rows * scale)), 1, kDetectorSize);
        const int width = std::clamp(int(std::lround(bgr.cols * scale)), 1, kDetectorSize);
        cv::Mat resized;
        cv::resize(bgr, resized, cv::Size(width, height));
        const int shape[] = {1, 3, kDetectorSize, kDetectorSize};
        cv::Mat blob(4, shape, CV_32F, cv::Scalar(0));
        // ImageNet statistics, applied to the B, G, R planes in that order as PaddleOCR does.
        fillBlob(blob, resized, cv::Scalar(0.485, 0.456, 0.406), cv::Scalar(0.229, 0.224, 0.225), 1.0 / 255.0);
        const cv::Mat output = forward(detector, blob, kDetectorFile);
        if (output.total() != size_t(kDetectorSize) * kDetectorSize)
            fail(PpOcrEngine::tr("The PP-OCR detector %1 gives %2 values, expected a 640×640 probability map.")
                     .arg(QDir(folder).filePath(kDetectorFile)).arg(output.total()));
        const cv::Mat fullMap(kDetectorSize, kDetectorSize, CV_32F, const_cast<float *>(output.ptr<float>()));
        const cv::Mat probability = fullMap(cv::Rect(0, 0, width, height));
        cv::Mat bitmap = probability > kBinaryThreshold;

        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(bitmap, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
        std::vector<std::array<cv::Point2f, 4>> quads;
        const int candidates = std::min(int(contours.size()), kMaximumCandidates);
        for (int i = 0; i < candidates; ++i) {
            const cv::RotatedRect core = cv::minAreaRect(contours[i]);
            if (std::min(core.size.width, core.size.height) < kMinimumBoxSide)
                continue;
            if (boxScore(probability, orderedCorners(core)) < kBoxScoreThreshold)
                continue;
            // The detector marks a shrunk text core; grow it back by area × ratio / perimeter.
            const double area = double(core.size.width) * core.size.height;
            const double perimeter = 2.0 * (double(core.size.width) + core.size.height);
            const float grow = float(2.0 * area * kUnclipRatio / perimeter);
            cv::RotatedRect box = core;
            box.size.width += grow;
            box.size.height += grow;
            if (std::min(box.size.width, box.size.height) < kMinimumBoxSide + 2)
                continue;
            std::array<cv::Point2f, 4> corners = orderedCorners(box);
            for (cv::Point2f &corner : corners) {
                corner.x = std::clamp(float(corner.x / scale), 0.0f, float(bgr.cols));
                corner.y = std::clamp(float(corner.y / scale), 0.0f, float(bgr.rows));
            }
            if (distance(corners[0], corners[1]) < 1.0 || distance(corners[0], corners[3]) < 1.0)
                continue;
            quads.push_back(corners);
        }
        // Reading order: top to bottom, then left to right within a line.
        std::sort(quads.begin(), quads.end(), [](const auto &a, const auto &b) {
            if (std::abs(a[0].y - b[0].y) > 10.0f)
                return a[0].y < b[0].y;
            return a[0].x < b[0].x;
        });
        return quads;
    }

    // Cuts the quad out of the photo as an upright rectangle (tall ones are turned to read across).
    static cv::Mat uprightCrop(const cv::Mat &bgr, const std::array<cv::Point2f, 4> &quad)
    {
        const int width = std::max(1, int(std::lround(std::max(distance(quad[0], quad[1]), distance(quad[3], quad[2])))));
        const int height = std::max(1, int(std::lround(std::max(distance(quad[0], quad[3]), distance(quad[1], quad[2])))));
        const cv::Point2f target[] = {{0.0f, 0.0f}, {float(width), 0.0f}, {float(width), float(height)}, {0.0f, float(height)}};
        const cv::Mat transform = cv::getPerspectiveTransform(quad.data(), target);
        cv::Mat crop;
        cv::warpPerspective(bgr, crop, transform, cv::Size(width, height), cv::INTER_CUBIC, cv::BORDER_REPLICATE);
        if (double(height) / width >= 1.5)
            cv::rotate(crop, crop, cv::ROTATE_90_COUNTERCLOCKWISE);
        return crop;
    }
};

PpOcrEngine::PpOcrEngine()
    : d(std::make_unique<Private>())
{
    d->foldersToSearch = defaultModelFolders();
    d->locate();
}

PpOcrEngine::PpOcrEngine(const QString &modelFolder)
    : d(std::make_unique<Private>())
{
    d->foldersToSearch = {modelFolder};
    d->locate();
}

PpOcrEngine::~PpOcrEngine() = default;

QStringList PpOcrEngine::defaultModelFolders()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("GLYPHLAB_MODELS");
    if (!fromEnvironment.isEmpty())
        folders << QDir(fromEnvironment).filePath(QStringLiteral("ppocr"));
    folders << ResourceLocator::candidates(QStringLiteral("models/ppocr"));
    return folders;
}

QStringList PpOcrEngine::modelFileNames()
{
    return {kDetectorFile, kRecognizerFile, kKeysFile};
}

QString PpOcrEngine::id() const
{
    return QStringLiteral("ppocr");
}

QString PpOcrEngine::displayName() const
{
    return tr("PP-OCRv4 (OpenCV DNN)");
}

bool PpOcrEngine::isAvailable(QString *reason) const
{
    QString why;
    if (!d->loadError.isEmpty())
        why = d->loadError;
    else if (d->folder.isEmpty())
        why = d->missingMessage();
    if (reason)
        *reason = why;
    return why.isEmpty();
}

OcrReading PpOcrEngine::recognize(const QImage &crop)
{
    d->requireFolder();
    if (crop.isNull())
        return {};
    return d->recognizeBgr(toBgr(crop));
}

QList<OcrTextBox> PpOcrEngine::detect(const QImage &photo)
{
    d->requireFolder();
    QList<OcrTextBox> boxes;
    if (photo.isNull())
        return boxes;
    const cv::Mat bgr = toBgr(photo);
    for (const auto &quad : d->detectQuads(bgr)) {
        const OcrReading reading = d->recognizeBgr(Private::uprightCrop(bgr, quad));
        if (reading.text.trimmed().isEmpty() || reading.confidence < kMinimumReadingConfidence)
            continue;
        OcrTextBox box;
        for (const cv::Point2f &corner : quad)
            box.quad << QPointF(corner.x, corner.y);
        box.bounds = box.quad.boundingRect();
        box.text = reading.text.trimmed();
        box.confidence = reading.confidence;
        boxes << box;
    }
    return boxes;
}
