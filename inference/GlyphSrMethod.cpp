#include "GlyphSrMethod.h"

#include "CharacterSet.h"
#include "CrnnModelFile.h"
#include "GlyphSrNet.h"
#include "ModelLocator.h"
#include "ModelManifest.h"
#include "ModuleWeights.h"
#include "RestoreCancelled.h"
#include "TensorImage.h"
#include "TorchDevice.h"
#include "TrainingBatch.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QVariantList>

#include <cmath>
#include <cstring>
#include <optional>
#include <stdexcept>

namespace {

namespace F = torch::nn::functional;

// The network was trained on 16-pixel-high lines (TextZoom's LR); crops are brought to that
// height with their aspect ratio kept, widths in multiples of 4 (the recognizer's frame).
constexpr int modelHeight = 16;
constexpr int maximumWidth = 512;

QImage grayImage(const torch::Tensor &map)
{
    const torch::Tensor bytes = (map.clamp(0, 1) * 255).round().to(torch::kUInt8).contiguous().cpu();
    QImage image(int(bytes.size(1)), int(bytes.size(0)), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(image.scanLine(y), bytes[y].data_ptr(), size_t(image.width()));
    return image;
}

} // namespace

struct GlyphSrMethod::Private
{
    QString id = QStringLiteral("glyphsr");
    QString displayName;
    QString glyphSrManifest;
    QString recognizerManifest;
    std::optional<torch::Device> loadedOn;
    CrnnNet recognizer{nullptr};
    GlyphSrNet net{nullptr};

    void load(const torch::Device &device)
    {
        if (loadedOn && *loadedOn == device)
            return;
        QString error;
        const QString glyphPath = glyphSrManifest.isEmpty() ? ModelLocator::find(QStringLiteral("glyphsr.json"), &error) : glyphSrManifest;
        if (glyphPath.isEmpty())
            throw std::runtime_error(error.toStdString());
        const QString crnnPath = recognizerManifest.isEmpty() ? ModelLocator::find(QStringLiteral("crnn.json"), &error) : recognizerManifest;
        if (crnnPath.isEmpty())
            throw std::runtime_error(error.toStdString());
        ModelManifest crnnManifest;
        CrnnNet crnn = CrnnModelFile::load(crnnPath, &crnnManifest);
        const ModelManifest manifest = ModelManifest::read(glyphPath);
        const QString weights = manifest.verify(glyphPath, QStringLiteral("glyphsr"),
                                                QJsonObject{{QStringLiteral("classes"), CharacterSet::classCount()},
                                                            {QStringLiteral("recognizerSha256"), crnnManifest.sha256}});
        GlyphSrNetImpl::Options options;
        const QJsonObject a = manifest.architecture;
        options.channels = a.value(QStringLiteral("channels")).toInt(options.channels);
        options.blocks = a.value(QStringLiteral("blocks")).toInt(options.blocks);
        options.slots = a.value(QStringLiteral("slots")).toInt(options.slots);
        options.classes = CharacterSet::classCount();
        options.priorChannels = a.value(QStringLiteral("priorChannels")).toInt(options.priorChannels);
        options.textPrior = a.value(QStringLiteral("textPrior")).toBool(true);
        options.glyphModules = a.value(QStringLiteral("glyphModules")).toBool(true);
        GlyphSrNet model(options);
        ModuleWeights::load(*model, weights);
        model->eval();
        crnn->to(device);
        model->to(device);
        recognizer = crnn;
        net = model;
        loadedOn = device;
    }
};

GlyphSrMethod::GlyphSrMethod()
    : d(std::make_unique<Private>())
{
}

GlyphSrMethod::GlyphSrMethod(const QString &id, const QString &displayName, const QString &glyphSrManifest,
                             const QString &recognizerManifest)
    : d(std::make_unique<Private>())
{
    d->id = id;
    d->displayName = displayName;
    d->glyphSrManifest = glyphSrManifest;
    d->recognizerManifest = recognizerManifest;
}

GlyphSrMethod::~GlyphSrMethod() = default;

MethodInfo GlyphSrMethod::info() const
{
    MethodInfo info;
    info.id = d->id;
    info.displayName = d->displayName.isEmpty() ? tr("GlyphSR (AAAI 2025)") : d->displayName;
    info.description = tr("A glyph-aware CNN: a text recognizer's reading guides every block, and a glyph perception "
                          "module finds each character's shape to sharpen it. Made for small text lines; ×4 runs it twice.");
    info.scales = {2, 4};
    info.iterative = false;
    return info;
}

QImage GlyphSrMethod::restore(const QImage &crop, const RestoreOptions &options, const ComputeDevice &device,
                              const StepSink &onStep, const CancelToken &cancel)
{
    const torch::Device torchDevice = TorchDevice::of(device);
    d->load(torchDevice);
    torch::InferenceMode inferenceMode;
    const int passes = options.scale >= 4 ? 2 : 1;
    QImage current = crop.convertToFormat(QImage::Format_RGB888);
    for (int pass = 0; pass < passes; ++pass) {
        if (cancel.isCancelled())
            throw RestoreCancelled();
        QElapsedTimer timer;
        timer.start();
        // The first pass brings the crop to the trained line height; the second (×4) pass
        // enlarges the first pass's output as it is, at twice that height.
        const int height = pass == 0 ? modelHeight : current.height();
        const double aspect = double(current.width()) / std::max(1, current.height());
        const int width = std::clamp(int(std::lround(height * aspect / 4.0)) * 4, 16, maximumWidth * (pass + 1));
        const QImage input = current.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const torch::Tensor low = TrainingBatch::imageTensor(input).to(torchDevice);
        // The recognizer reads at its trained height of 32 (the bicubic ×2 of a 16-pixel line).
        const int64_t readWidth = std::max<int64_t>(4, int64_t(std::lround(32.0 * width / height / 4.0)) * 4);
        const torch::Tensor enlarged = F::interpolate(low, F::InterpolateFuncOptions()
                                                               .size(std::vector<int64_t>{32, readWidth})
                                                               .mode(torch::kBicubic).align_corners(false)).clamp(0, 1);
        const torch::Tensor probabilities = d->recognizer->probabilityMap(enlarged);
        const GlyphSrNetImpl::Output out = d->net->forward(low, probabilities);
        const torch::Tensor sr = out.image.clamp(0, 1);
        current = TensorImage::toImage(sr * 255.0);

        // The readings and masks are only for someone watching; the benchmark passes no sink.
        if (onStep) {
            StepRecord record;
            record.index = pass;
            record.count = passes;
            record.image = current;
            const OcrReading before = CrnnNetImpl::read(d->recognizer->forward(enlarged)).value(0);
            const torch::Tensor srAt32 = sr.size(2) == 32 ? sr
                : F::interpolate(sr, F::InterpolateFuncOptions()
                                         .size(std::vector<int64_t>{32, std::max<int64_t>(4, sr.size(3) * 32 / sr.size(2) / 4 * 4)})
                                         .mode(torch::kBicubic).align_corners(false)).clamp(0, 1);
            const OcrReading after = CrnnNetImpl::read(d->recognizer->forward(srAt32)).value(0);
            record.values.insert(QStringLiteral("readingInput"), before.text);
            record.values.insert(QStringLiteral("readingOutput"), after.text);
            record.values.insert(QStringLiteral("confidence"), after.confidence);
            if (out.lineLogits.defined()) {
                record.values.insert(QStringLiteral("lineMask"), grayImage(torch::sigmoid(out.lineLogits)[0][0]));
                const torch::Tensor characters = torch::sigmoid(out.characterLogits)[0];
                const torch::Tensor classProbabilities = torch::softmax(out.classLogits[0], 1).cpu();
                QVariantList masks;
                QStringList labels;
                QString slotText;
                for (int64_t k = 0; k < characters.size(0); ++k) {
                    const auto [probability, cls] = classProbabilities[k].max(0);
                    const int classIndex = int(cls.item<int64_t>());
                    if (classIndex == 0 || characters[k].max().item<float>() < 0.3f)
                        continue;
                    masks.append(grayImage(characters[k]));
                    labels.append(QStringLiteral("%1 %2").arg(CharacterSet::character(classIndex)).arg(probability.item<float>(), 0, 'f', 2));
                    slotText.append(CharacterSet::character(classIndex));
                }
                record.values.insert(QStringLiteral("charMasks"), masks);
                record.values.insert(QStringLiteral("charLabels"), labels);
                record.values.insert(QStringLiteral("glyphReading"), slotText);
            }
            record.caption = tr("Pass %1 of %2: ×2 at %3×%4; the recognizer read \"%5\" before and \"%6\" after.")
                                 .arg(pass + 1).arg(passes).arg(width).arg(height).arg(before.text, after.text);
            record.seconds = timer.nsecsElapsed() / 1e9;
            onStep(record);
        }
    }
    const QSize target = crop.size() * options.scale;
    return current.size() == target ? current : current.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}
