#include "TesseractOcrEngine.h"


#include <opencv2/imgproc.hpp>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

// Tesseract's LSTM reads best with glyphs of 30+ px; word crops from photos are often 10-20.
constexpr int kMinimumLineHeight = 64;
// Detections on photos below this confidence, or without a letter or digit, or thinner than a
// few pixels, are almost always texture, edges or rules read as letters.
constexpr double kMinimumWordConfidence = 0.5;
constexpr int kMinimumWordSide = 4;

bool hasLetterOrDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// Gray 8-bit copy of the image (Tesseract binarizes gray itself).
cv::Mat toGray(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat view(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
                       static_cast<size_t>(gray.bytesPerLine()));
    return view.clone();
}

QString fromTesseractText(char *text)
{
    const std::unique_ptr<char[]> owner(text);
    return text ? QString::fromUtf8(text).trimmed() : QString();
}

} // namespace

class TesseractOcrEngine::Private
{
public:
    // Initialises Tesseract once; false with the reason if its data cannot be loaded.
    bool ensureInitialised(QString *reason)
    {
        if (!initialised) {
            initialised = true;
            api = std::make_unique<tesseract::TessBaseAPI>();
            // Debug output, "Estimating resolution" and similar notes go to /dev/null, not stderr.
            const char *keys[] = {"debug_file"};
            const char *values[] = {"/dev/null"};
            std::vector<std::string> configKeys(std::begin(keys), std::end(keys));
            std::vector<std::string> configValues(std::begin(values), std::end(values));
            if (api->Init(nullptr, "eng", tesseract::OEM_LSTM_ONLY, nullptr, 0, &configKeys, &configValues, false) != 0) {
                api.reset();
                error = TesseractOcrEngine::tr("Tesseract could not load its English data (eng.traineddata); "
                                               "install the package tesseract-ocr-eng or set TESSDATA_PREFIX "
                                               "to the folder that holds it.");
            } else {
                api->SetVariable("debug_file", "/dev/null");
            }
        }
        if (!api && reason)
            *reason = error;
        return api != nullptr;
    }

    void requireApi()
    {
        QString reason;
        if (!ensureInitialised(&reason))
            throw std::runtime_error(reason.toStdString());
    }

    void setImage(const cv::Mat &gray)
    {
        api->SetImage(gray.data, gray.cols, gray.rows, 1, static_cast<int>(gray.step));
        // Crops and photos carry no usable resolution; a fixed one avoids Tesseract's guess and warning.
        api->SetSourceResolution(300);
    }

    // Reads what Tesseract recognized in the current image as one line.
    OcrReading readLine()
    {
        OcrReading reading;
        if (api->Recognize(nullptr) != 0)
            return reading;
        std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
        if (!it)
            return reading;
        double sum = 0.0;
        int symbols = 0;
        do {
            const QString symbol = fromTesseractText(it->GetUTF8Text(tesseract::RIL_SYMBOL));
            if (symbol.isEmpty())
                continue;
            const double confidence = std::clamp(it->Confidence(tesseract::RIL_SYMBOL) / 100.0, 0.0, 1.0);
            if (it->IsAtBeginningOf(tesseract::RIL_WORD) && !reading.text.isEmpty()) {
                reading.text += QLatin1Char(' ');
                reading.characterConfidences << confidence;
            }
            reading.text += symbol;
            for (int i = 0; i < symbol.size(); ++i)
                reading.characterConfidences << confidence;
            sum += confidence;
            ++symbols;
        } while (it->Next(tesseract::RIL_SYMBOL));
        reading.confidence = symbols > 0 ? sum / symbols : 0.0;
        return reading;
    }

    std::unique_ptr<tesseract::TessBaseAPI> api;
    bool initialised = false;
    QString error;
};

TesseractOcrEngine::TesseractOcrEngine()
    : d(std::make_unique<Private>())
{
}

TesseractOcrEngine::~TesseractOcrEngine() = default;

QString TesseractOcrEngine::id() const
{
    return QStringLiteral("tesseract");
}

QString TesseractOcrEngine::displayName() const
{
    return tr("Tesseract %1").arg(QString::fromLatin1(tesseract::TessBaseAPI::Version()));
}

bool TesseractOcrEngine::isAvailable(QString *reason) const
{
    return d->ensureInitialised(reason);
}

OcrReading TesseractOcrEngine::recognize(const QImage &crop)
{
    d->requireApi();
    if (crop.isNull() || crop.width() < 2 || crop.height() < 2)
        return {};
    cv::Mat gray = toGray(crop);
    if (gray.rows < kMinimumLineHeight) {
        const double scale = double(kMinimumLineHeight) / gray.rows;
        cv::Mat enlarged;
        cv::resize(gray, enlarged, cv::Size(std::max(1, qRound(gray.cols * scale)), kMinimumLineHeight), 0, 0,
                   cv::INTER_CUBIC);
        gray = enlarged;
    }
    // Light text on a dark ground: Tesseract's LSTM was trained on dark-on-light, so invert.
    // The border decides, because in a tight crop it is mostly background.
    cv::Mat borderMask(gray.size(), CV_8UC1, cv::Scalar(255));
    const int inset = std::max(1, gray.rows / 8);
    if (gray.rows > 2 * inset && gray.cols > 2 * inset)
        borderMask(cv::Rect(inset, inset, gray.cols - 2 * inset, gray.rows - 2 * inset)).setTo(0);
    if (cv::mean(gray, borderMask)[0] < cv::mean(gray)[0])
        cv::bitwise_not(gray, gray);
    // Tesseract's line finder needs some background around the glyphs; more than a tenth of the
    // height pulls neighbouring clutter of the photo (replicated border) into the line.
    const int margin = std::max(4, gray.rows / 10);
    cv::Mat padded;
    cv::copyMakeBorder(gray, padded, margin, margin, margin, margin, cv::BORDER_REPLICATE);

    d->setImage(padded);
    d->api->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    OcrReading reading = d->readLine();
    // A single word that the line finder rejected (e.g. very short or tall) may still be read as a word.
    if (reading.text.isEmpty()) {
        d->api->SetPageSegMode(tesseract::PSM_SINGLE_WORD);
        reading = d->readLine();
    }
    d->api->Clear();
    return reading;
}

QList<OcrTextBox> TesseractOcrEngine::detect(const QImage &photo)
{
    d->requireApi();
    QList<OcrTextBox> boxes;
    if (photo.isNull() || photo.width() < 2 || photo.height() < 2)
        return boxes;
    const cv::Mat gray = toGray(photo);
    d->setImage(gray);
    // Scene photos hold scattered words, not a page of columns.
    d->api->SetPageSegMode(tesseract::PSM_SPARSE_TEXT);
    if (d->api->Recognize(nullptr) != 0) {
        d->api->Clear();
        throw std::runtime_error(tr("Tesseract could not analyse the photo.").toStdString());
    }
    std::unique_ptr<tesseract::ResultIterator> it(d->api->GetIterator());
    if (it) {
        do {
            const QString text = fromTesseractText(it->GetUTF8Text(tesseract::RIL_WORD));
            const double confidence = std::clamp(it->Confidence(tesseract::RIL_WORD) / 100.0, 0.0, 1.0);
            int left = 0, top = 0, right = 0, bottom = 0;
            if (!hasLetterOrDigit(text) || confidence < kMinimumWordConfidence
                || !it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom)
                || right - left < kMinimumWordSide || bottom - top < kMinimumWordSide)
                continue;
            OcrTextBox box;
            box.bounds = QRectF(left, top, right - left, bottom - top);
            box.quad = QPolygonF({box.bounds.topLeft(), box.bounds.topRight(), box.bounds.bottomRight(),
                                  box.bounds.bottomLeft()});
            box.text = text;
            box.confidence = confidence;
            boxes << box;
        } while (it->Next(tesseract::RIL_WORD));
    }
    d->api->Clear();
    return boxes;
}
