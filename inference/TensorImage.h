#pragma once

#include <QImage>

#include <torch/types.h>

// Conversions between QImage and float tensors (1×3×H×W, values 0..255), the form every
// method computes in. Kept out of headers that moc reads.
namespace TensorImage {

torch::Tensor toTensor(const QImage &image, const torch::Device &device);
// Rounds and clamps to 0..255; the tensor may live on any device.
QImage toImage(const torch::Tensor &tensor);

} // namespace TensorImage
