#pragma once

#include <QString>

#include <torch/torch.h>

// Shared by the tests of the methods' colours=input option (InputColours). `network` and `input`
// are the same sampler's output with the network's colours and with the input's, over the same
// bicubic enlargement. Empty when, on the pixels unclipped in both, the input-colours correction
// is the same in every channel and equals the network correction's Rec. 601 luma; otherwise what
// is wrong.
inline QString inputColoursProblem(const torch::Tensor &network, const torch::Tensor &input, const torch::Tensor &bicubic)
{
    const torch::Tensor inside = ((network > 0) & (network < 1)).all(1, true) & ((input > 0) & (input < 1)).all(1, true);
    if (inside.sum().item<int64_t>() <= inside.numel() / 2)
        return QStringLiteral("most pixels must be unclipped for the comparison");
    const torch::Tensor networkCorrection = network - bicubic, inputCorrection = input - bicubic;
    const auto channelSpread = [&](const torch::Tensor &correction) {
        return (correction.amax(1, true) - correction.amin(1, true)).masked_select(inside).max().item<double>();
    };
    if (channelSpread(networkCorrection) <= 1e-3)
        return QStringLiteral("the random network must change the colours for this test to mean anything");
    const double inputSpread = channelSpread(inputCorrection);
    if (inputSpread >= 1e-5)
        return QStringLiteral("the input-colours correction differs between channels by %1").arg(inputSpread);
    const torch::Tensor luma = (networkCorrection * torch::tensor({0.299f, 0.587f, 0.114f}).view({1, 3, 1, 1})).sum(1, true);
    const double difference = (inputCorrection.narrow(1, 0, 1) - luma).abs().masked_select(inside).max().item<double>();
    if (difference >= 1e-5)
        return QStringLiteral("the input-colours correction differs from the network correction's luma by %1").arg(difference);
    return {};
}
