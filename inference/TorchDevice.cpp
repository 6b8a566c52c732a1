#include "TorchDevice.h"

namespace TorchDevice {

torch::Device of(const ComputeDevice &device)
{
    return device.isCuda() ? torch::Device(torch::kCUDA, torch::DeviceIndex(device.index)) : torch::Device(torch::kCPU);
}

} // namespace TorchDevice
