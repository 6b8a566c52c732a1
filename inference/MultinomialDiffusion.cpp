#include "MultinomialDiffusion.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace {

constexpr double logZero = -30.0;

// log(exp(a) + exp(b)) for tensors, stable.
torch::Tensor logAdd(const torch::Tensor &a, const torch::Tensor &b)
{
    const torch::Tensor m = torch::max(a, b);
    return m + torch::log(torch::exp(a - m) + torch::exp(b - m));
}

} // namespace

MultinomialDiffusion::MultinomialDiffusion(int classes, int steps)
    : m_classes(classes)
    , m_steps(steps)
{
    if (classes < 2 || steps < 1)
        throw std::invalid_argument("a multinomial diffusion needs two classes and one step");
    // Cosine schedule (Nichol & Dhariwal), as the multinomial-diffusion reference uses: ᾱ(t) =
    // f(t)/f(0), f(t) = cos²((t/T + s)/(1 + s)·π/2), here at t + 1 for the 0-based step t.
    const double s = 0.008;
    const auto f = [&](double x) { return std::pow(std::cos((x / steps + s) / (1 + s) * M_PI / 2), 2); };
    for (int t = 0; t < steps; ++t)
        m_alphaBar.push_back(std::clamp(f(t + 1) / f(0), 1e-8, 1.0));
}

double MultinomialDiffusion::alphaBar(int t) const
{
    return t < 0 ? 1.0 : m_alphaBar.at(size_t(t));
}

torch::Tensor MultinomialDiffusion::alphaBarOf(const torch::Tensor &t, const torch::Tensor &like) const
{
    // Index t + 1 into [1, ᾱ_0, …] so that t = −1 reads 1.
    std::vector<double> table{1.0};
    table.insert(table.end(), m_alphaBar.begin(), m_alphaBar.end());
    const torch::Tensor values = torch::tensor(table, torch::kDouble).to(like.device())
                                     .index_select(0, (t.to(like.device(), torch::kLong) + 1)).to(like.scalar_type());
    std::vector<int64_t> shape(size_t(like.dim()), 1);
    shape[0] = like.size(0);
    return values.view(shape);
}

torch::Tensor MultinomialDiffusion::logMarginal(const torch::Tensor &logX0, const torch::Tensor &t) const
{
    const torch::Tensor ab = alphaBarOf(t, logX0);
    return logAdd(logX0 + torch::log(ab), torch::log((1 - ab) / m_classes).clamp_min(logZero));
}

torch::Tensor MultinomialDiffusion::logPosterior(const torch::Tensor &logXt, const torch::Tensor &logX0, int t, int s) const
{
    if (s >= t)
        throw std::invalid_argument("the posterior goes from t to an earlier s");
    const double as = alphaBar(s), at = alphaBar(t);
    const double step = at / as; // α_{t→s}
    const torch::Tensor fromXt = logAdd(logXt + std::log(step), torch::full_like(logXt, std::max(logZero, std::log((1 - step) / m_classes))));
    const torch::Tensor fromX0 = as >= 1.0 ? logX0
        : logAdd(logX0 + std::log(as), torch::full_like(logX0, std::max(logZero, std::log((1 - as) / m_classes))));
    const torch::Tensor unnormalised = fromXt + fromX0;
    return unnormalised - torch::logsumexp(unnormalised, -1, true);
}

torch::Tensor MultinomialDiffusion::logPosterior(const torch::Tensor &logXt, const torch::Tensor &logX0, const torch::Tensor &t) const
{
    const torch::Tensor at = alphaBarOf(t, logXt);
    const torch::Tensor as = alphaBarOf(t - 1, logXt);
    const torch::Tensor step = at / as;
    const torch::Tensor fromXt = logAdd(logXt + torch::log(step), torch::log((1 - step) / m_classes).clamp_min(logZero));
    const torch::Tensor fromX0 = logAdd(logX0 + torch::log(as), torch::log((1 - as) / m_classes).clamp_min(logZero));
    const torch::Tensor unnormalised = fromXt + fromX0;
    return unnormalised - torch::logsumexp(unnormalised, -1, true);
}

torch::Tensor MultinomialDiffusion::logOneHot(const torch::Tensor &classes) const
{
    const torch::Tensor oneHot = torch::one_hot(classes.to(torch::kLong), m_classes).to(torch::kFloat);
    return torch::log(oneHot.clamp_min(std::exp(logZero)));
}

torch::Tensor MultinomialDiffusion::sample(const torch::Tensor &logProbabilities, c10::optional<at::Generator> generator,
                                           double temperature)
{
    const torch::Tensor uniform = torch::rand(logProbabilities.sizes(), generator, torch::TensorOptions().dtype(torch::kFloat))
                                      .to(logProbabilities.device(), logProbabilities.scalar_type());
    const torch::Tensor gumbel = -torch::log(-torch::log(uniform.clamp(1e-20, 1.0 - 1e-7)));
    return (logProbabilities + temperature * gumbel).argmax(-1);
}
