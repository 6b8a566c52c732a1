#include "TrainingBatch.h"

#include "CharacterSet.h"
#include "TensorImage.h"

#include <torch/torch.h>

#include <cstring>

torch::Tensor TrainingBatch::imageTensor(const QImage &image)
{
    return TensorImage::toTensor(image, torch::kCPU).div_(255.0);
}

namespace {

torch::Tensor grayBytes(const QImage &gray)
{
    torch::Tensor bytes = torch::empty({gray.height(), gray.width()}, torch::kUInt8);
    for (int y = 0; y < gray.height(); ++y)
        std::memcpy(bytes[y].data_ptr(), gray.constScanLine(y), size_t(gray.width()));
    return bytes;
}

} // namespace

torch::Tensor TrainingBatch::grayTensor(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    return grayBytes(gray).view({1, 1, gray.height(), gray.width()}).to(torch::kFloat).div_(255.0);
}

TrainingBatch TrainingBatch::build(const std::vector<TextLineSample> &samples, const std::vector<size_t> &indices, int slots)
{
    TrainingBatch batch;
    std::vector<torch::Tensor> low, high, line, characters;
    std::vector<int64_t> targets, lengths;
    torch::Tensor classes = torch::zeros({int64_t(indices.size()), slots}, torch::kInt64);
    for (size_t b = 0; b < indices.size(); ++b) {
        const TextLineSample &sample = samples.at(indices[b]);
        low.push_back(imageTensor(sample.lowResolution));
        high.push_back(imageTensor(sample.highResolution));
        line.push_back(grayBytes(sample.lineMask).unsqueeze(0).to(torch::kFloat).div_(255.0));
        const torch::Tensor index = grayBytes(sample.characterIndex).to(torch::kInt64);
        const torch::Tensor slotIds = torch::arange(1, slots + 1, torch::kInt64).view({slots, 1, 1});
        characters.push_back(index.unsqueeze(0).eq(slotIds).to(torch::kFloat));
        QString glyphs = sample.text;
        glyphs.remove(QLatin1Char(' '));
        for (int k = 0; k < std::min<int>(slots, int(glyphs.size())); ++k) {
            const QList<int> encoded = CharacterSet::encode(QString(glyphs.at(k)));
            classes[int64_t(b)][k] = encoded.isEmpty() ? 0 : encoded.first();
        }
        const QList<int> encoded = CharacterSet::encode(sample.text);
        targets.insert(targets.end(), encoded.begin(), encoded.end());
        lengths.push_back(encoded.size());
        batch.texts.push_back(sample.text);
    }
    batch.lowResolution = torch::cat(low);
    batch.highResolution = torch::cat(high);
    batch.lineMask = torch::stack(line);
    batch.characterMasks = torch::stack(characters);
    batch.slotClasses = classes;
    batch.targets = torch::tensor(targets, torch::kInt64);
    batch.targetLengths = torch::tensor(lengths, torch::kInt64);
    return batch;
}

TrainingBatch TrainingBatch::to(const torch::Device &device) const
{
    TrainingBatch moved = *this;
    moved.lowResolution = lowResolution.to(device);
    moved.highResolution = highResolution.to(device);
    moved.lineMask = lineMask.to(device);
    moved.characterMasks = characterMasks.to(device);
    moved.slotClasses = slotClasses.to(device);
    return moved;
}
