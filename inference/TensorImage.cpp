#include "TensorImage.h"

#include <stdexcept>

namespace TensorImage {

torch::Tensor toTensor(const QImage &image, const torch::Device &device)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const int width = rgb.width();
    const int height = rgb.height();
    // QImage rows are 32-bit aligned: copy row by row into a packed HWC buffer.
    torch::Tensor packed = torch::empty({height, width, 3}, torch::kUInt8);
    auto *out = packed.data_ptr<uint8_t>();
    for (int y = 0; y < height; ++y)
        std::memcpy(out + qsizetype(y) * width * 3, rgb.constScanLine(y), size_t(width) * 3);
    return packed.to(device).permute({2, 0, 1}).unsqueeze(0).to(torch::kFloat32).contiguous();
}

QImage toImage(const torch::Tensor &tensor)
{
    if (tensor.dim() != 4 || tensor.size(0) != 1 || tensor.size(1) != 3)
        throw std::invalid_argument("expected a 1x3xHxW image tensor");
    const torch::Tensor hwc = tensor.detach().round().clamp(0, 255).to(torch::kUInt8)
                                  .squeeze(0).permute({1, 2, 0}).contiguous().cpu();
    const int height = int(hwc.size(0));
    const int width = int(hwc.size(1));
    QImage image(width, height, QImage::Format_RGB888);
    if (image.isNull())
        throw std::runtime_error("not enough memory for the result image");
    const auto *in = hwc.data_ptr<uint8_t>();
    for (int y = 0; y < height; ++y)
        std::memcpy(image.scanLine(y), in + qsizetype(y) * width * 3, size_t(width) * 3);
    return image;
}

} // namespace TensorImage
