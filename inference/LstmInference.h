#pragma once

#include <torch/torch.h>

// A trained one-layer LSTM (bidirectional or not) frozen for CPU inference. ATen runs a
// recurrent step as about ten small operations, and at the recognizer's size (hidden 64, 32
// frames, batch 1) their overhead was nearly all of its 3.7 ms; here the input projection is
// one matrix product for all frames and directions, and each step is a plain loop. Equal to the
// module's forward within float rounding (tst_glyphsr compares them). Other devices, and inputs
// that need gradients, go to the module itself.
class LstmInference
{
public:
    explicit LstmInference(const torch::nn::LSTM &lstm);

    // T×B×I (sequence first) → T×B×(directions·H), the module's first output.
    torch::Tensor forward(const torch::Tensor &sequence) const;

private:
    torch::Tensor runOnCpu(const torch::Tensor &sequence) const;

    torch::nn::LSTM m_lstm;
    int64_t m_hidden = 0;
    int64_t m_directions = 1;
    torch::Tensor m_inputWeights;    // (directions·4H)×I, gates i, f, g, o per direction
    torch::Tensor m_biases;          // directions·4H, both biases summed
    torch::Tensor m_recurrentWeights; // directions×H×4H, transposed so that a step walks rows
};
