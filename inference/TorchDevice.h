#pragma once

#include "ComputeDevice.h"

#include <torch/types.h>

// The LibTorch device for a resolved ComputeDevice; kept out of ComputeDevice.h so that
// headers moc reads stay free of LibTorch.
namespace TorchDevice {

torch::Device of(const ComputeDevice &device);

} // namespace TorchDevice
