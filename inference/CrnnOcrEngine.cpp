#include "CrnnOcrEngine.h"

#include "CrnnInference.h"
#include "CrnnModelFile.h"
#include "ModelLocator.h"
#include "TorchRuntime.h"
#include "TrainingBatch.h"

#include <cmath>
#include <optional>
#include <stdexcept>

struct CrnnOcrEngine::Private
{
    QString manifestPath;
    QString problem;
    std::optional<CrnnInference> net;

    void load()
    {
        if (net || !problem.isEmpty())
            return;
        QString error;
        const QString path = manifestPath.isEmpty() ? ModelLocator::find(QStringLiteral("crnn.json"), &error) : manifestPath;
        if (path.isEmpty()) {
            problem = error;
            return;
        }
        try {
            net.emplace(CrnnModelFile::load(path));
        } catch (const std::exception &e) {
            problem = QString::fromUtf8(e.what());
        }
    }
};

CrnnOcrEngine::CrnnOcrEngine(const QString &manifestPath)
    : d(std::make_unique<Private>())
{
    d->manifestPath = manifestPath;
}

CrnnOcrEngine::~CrnnOcrEngine() = default;

QString CrnnOcrEngine::id() const
{
    return QStringLiteral("crnn");
}

QString CrnnOcrEngine::displayName() const
{
    return tr("GlyphLab CRNN");
}

bool CrnnOcrEngine::isAvailable(QString *reason) const
{
    d->load();
    if (reason)
        *reason = d->problem;
    return d->problem.isEmpty();
}

OcrReading CrnnOcrEngine::recognize(const QImage &crop)
{
    d->load();
    if (!d->problem.isEmpty())
        throw std::runtime_error(d->problem.toStdString());
    if (crop.isNull() || crop.width() < 1 || crop.height() < 1)
        return {};
    // Height 32 as trained; the width follows the aspect ratio, in whole frames of 4 pixels.
    const double aspect = double(crop.width()) / crop.height();
    const int width = std::clamp(int(std::lround(32 * aspect / 4.0)) * 4, 32, 1024);
    const QImage input = crop.convertToFormat(QImage::Format_RGB888).scaled(width, 32, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    torch::InferenceMode inferenceMode;
    const TorchRuntime::ThreadLimit oneThread(1); // one crop: see ThreadLimit
    return CrnnNetImpl::read(d->net->forward(TrainingBatch::imageTensor(input))).value(0);
}

QList<OcrTextBox> CrnnOcrEngine::detect(const QImage &)
{
    throw std::runtime_error(tr("The GlyphLab CRNN reads word crops; it cannot find text on a photo. "
                                "Use PP-OCR or Tesseract to detect.").toStdString());
}
