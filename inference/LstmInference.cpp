#include "LstmInference.h"

#include <cmath>
#include <stdexcept>
#include <vector>

LstmInference::LstmInference(const torch::nn::LSTM &lstm)
    : m_lstm(lstm)
{
    const auto &o = lstm->options;
    if (o.num_layers() != 1 || o.batch_first() || !o.bias() || o.proj_size() != 0)
        throw std::invalid_argument("LstmInference: needs one layer, sequence first, with biases and no projection");
    torch::NoGradGuard noGrad;
    m_hidden = o.hidden_size();
    m_directions = o.bidirectional() ? 2 : 1;
    std::vector<torch::Tensor> inputWeights, biases, recurrent;
    const auto p = lstm->named_parameters();
    for (int64_t d = 0; d < m_directions; ++d) {
        const std::string suffix = d == 0 ? "_l0" : "_l0_reverse";
        inputWeights.push_back(p["weight_ih" + suffix].detach().to(torch::kCPU, torch::kFloat));
        biases.push_back((p["bias_ih" + suffix] + p["bias_hh" + suffix]).detach().to(torch::kCPU, torch::kFloat));
        recurrent.push_back(p["weight_hh" + suffix].detach().to(torch::kCPU, torch::kFloat).t().contiguous());
    }
    m_inputWeights = torch::cat(inputWeights).contiguous();
    m_biases = torch::cat(biases).contiguous();
    m_recurrentWeights = torch::stack(recurrent).contiguous();
}

torch::Tensor LstmInference::forward(const torch::Tensor &sequence) const
{
    const bool needsGradient = torch::GradMode::is_enabled() && sequence.requires_grad();
    if (!sequence.is_cpu() || sequence.scalar_type() != torch::kFloat || needsGradient)
        return std::get<0>(m_lstm.ptr()->forward(sequence));
    return runOnCpu(sequence);
}

torch::Tensor LstmInference::runOnCpu(const torch::Tensor &sequence) const
{
    const int64_t frames = sequence.size(0), batch = sequence.size(1), inputs = sequence.size(2);
    const int64_t h = m_hidden, gates = 4 * h;
    // Every frame's input projection for every direction at once: (T·B)×(directions·4H).
    const torch::Tensor projected = torch::addmm(m_biases, sequence.reshape({frames * batch, inputs}).contiguous(), m_inputWeights.t())
                                        .contiguous();
    torch::Tensor output = torch::empty({frames, batch, m_directions * h}, sequence.options());
    const float *in = projected.data_ptr<float>();
    float *out = output.data_ptr<float>();
    std::vector<float> state(static_cast<size_t>(2 * h));
    std::vector<float> pre(static_cast<size_t>(gates));
    for (int64_t d = 0; d < m_directions; ++d) {
        const float *weights = m_recurrentWeights[d].data_ptr<float>(); // H×4H
        for (int64_t b = 0; b < batch; ++b) {
            float *hidden = state.data(), *cell = state.data() + h;
            std::fill(state.begin(), state.end(), 0.0f);
            for (int64_t step = 0; step < frames; ++step) {
                const int64_t t = d == 0 ? step : frames - 1 - step;
                const float *x = in + (t * batch + b) * m_directions * gates + d * gates;
                float *__restrict sum = pre.data();
                std::copy(x, x + gates, sum);
                for (int64_t k = 0; k < h; ++k) {
                    const float hk = hidden[k];
                    const float *__restrict row = weights + k * gates;
                    for (int64_t j = 0; j < gates; ++j)
                        sum[j] += hk * row[j];
                }
                float *y = out + (t * batch + b) * m_directions * h + d * h;
                for (int64_t j = 0; j < h; ++j) {
                    const float input = 1.0f / (1.0f + std::exp(-pre[size_t(j)]));
                    const float forget = 1.0f / (1.0f + std::exp(-pre[size_t(h + j)]));
                    const float candidate = std::tanh(pre[size_t(2 * h + j)]);
                    const float emit = 1.0f / (1.0f + std::exp(-pre[size_t(3 * h + j)]));
                    cell[j] = forget * cell[j] + input * candidate;
                    hidden[j] = emit * std::tanh(cell[j]);
                    y[j] = hidden[j];
                }
            }
        }
    }
    return output;
}
