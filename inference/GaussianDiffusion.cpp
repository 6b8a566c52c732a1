#include "GaussianDiffusion.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

GaussianDiffusion::GaussianDiffusion(int steps, double betaStart, double betaEnd)
    : m_steps(steps)
{
    if (steps < 1)
        throw std::invalid_argument("a diffusion needs at least one step");
    double product = 1.0;
    const double first = std::sqrt(betaStart), last = std::sqrt(betaEnd);
    for (int t = 0; t < steps; ++t) {
        const double root = steps == 1 ? first : first + (last - first) * t / (steps - 1);
        m_beta.push_back(root * root);
        product *= 1.0 - m_beta.back();
        m_alphaBar.push_back(product);
    }
}

double GaussianDiffusion::alphaBar(int t) const
{
    return t < 0 ? 1.0 : m_alphaBar.at(size_t(t));
}

double GaussianDiffusion::noiseLevel(int t) const
{
    return std::sqrt(1.0 - alphaBar(t));
}

torch::Tensor GaussianDiffusion::sample(const torch::Tensor &x0, const torch::Tensor &t, const torch::Tensor &noise) const
{
    const torch::Tensor table = torch::tensor(m_alphaBar, torch::kDouble).to(x0.device());
    const torch::Tensor a = table.index_select(0, t.to(x0.device(), torch::kLong)).to(x0.scalar_type());
    std::vector<int64_t> shape(size_t(x0.dim()), 1);
    shape[0] = x0.size(0);
    const torch::Tensor ab = a.view(shape);
    return ab.sqrt() * x0 + (1 - ab).sqrt() * noise;
}

torch::Tensor GaussianDiffusion::impliedNoise(const torch::Tensor &xt, int t, const torch::Tensor &x0) const
{
    const double ab = alphaBar(t);
    return (xt - std::sqrt(ab) * x0) / std::sqrt(std::max(1.0 - ab, 1e-12));
}

torch::Tensor GaussianDiffusion::posteriorMean(const torch::Tensor &xt, int t, const torch::Tensor &x0) const
{
    const double ab = alphaBar(t), abPrev = alphaBar(t - 1), b = beta(t);
    const double c0 = std::sqrt(abPrev) * b / (1.0 - ab);
    const double ct = std::sqrt(1.0 - b) * (1.0 - abPrev) / (1.0 - ab);
    return c0 * x0 + ct * xt;
}

double GaussianDiffusion::posteriorVariance(int t) const
{
    return (1.0 - alphaBar(t - 1)) / (1.0 - alphaBar(t)) * beta(t);
}

std::vector<int> GaussianDiffusion::ddimTimesteps(int count) const
{
    return ddimTimesteps(count, m_steps);
}

std::vector<int> GaussianDiffusion::ddimTimesteps(int count, int span) const
{
    span = std::clamp(span, 1, m_steps);
    count = std::clamp(count, 1, span);
    std::vector<int> timesteps;
    for (int i = count - 1; i >= 0; --i)
        timesteps.push_back(int(std::lround(double(i + 1) * span / count)) - 1);
    return timesteps;
}

double GaussianDiffusion::ddimSigma(int t, int s, double eta) const
{
    const double at = alphaBar(t), as = alphaBar(s);
    return eta * std::sqrt((1.0 - as) / (1.0 - at)) * std::sqrt(std::max(0.0, 1.0 - at / as));
}

torch::Tensor GaussianDiffusion::ddimMean(const torch::Tensor &xt, int t, int s, const torch::Tensor &x0, double eta) const
{
    const double as = alphaBar(s);
    const double sigma = ddimSigma(t, s, eta);
    const torch::Tensor eps = impliedNoise(xt, t, x0);
    return std::sqrt(as) * x0 + std::sqrt(std::max(0.0, 1.0 - as - sigma * sigma)) * eps;
}

torch::Tensor GaussianDiffusion::ddimStep(const torch::Tensor &xt, int t, int s, const torch::Tensor &x0, double eta,
                                          const torch::Tensor &noise) const
{
    const double sigma = ddimSigma(t, s, eta);
    const torch::Tensor mean = ddimMean(xt, t, s, x0, eta);
    return sigma > 0 ? mean + sigma * noise : mean;
}
