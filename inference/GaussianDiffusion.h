#pragma once

#include <torch/torch.h>

#include <vector>

// DiffTSR's image diffusion schedule: T = 1000 steps, β = linspace(√0.0015, √0.0205)² (the
// latent-diffusion "linear" schedule), ᾱ_t = Π(1 − β). Timesteps are 0-based (0 … T−1); the
// level "before" step 0 is the clean signal, ᾱ = 1. Works on any tensor shape; the schedule
// itself is kept in double precision.
class GaussianDiffusion
{
public:
    explicit GaussianDiffusion(int steps = 1000, double betaStart = 0.0015, double betaEnd = 0.0205);

    int steps() const { return m_steps; }
    double beta(int t) const { return m_beta.at(size_t(t)); }
    // ᾱ_t; t = −1 gives 1 (the clean signal).
    double alphaBar(int t) const;
    // √(1 − ᾱ_t): the noise level a step shows.
    double noiseLevel(int t) const;

    // x_t = √ᾱ_t·x0 + √(1−ᾱ_t)·ε, with one timestep per batch item (t: B int64).
    torch::Tensor sample(const torch::Tensor &x0, const torch::Tensor &t, const torch::Tensor &noise) const;
    // The noise that x0 implies at x_t: ε̂ = (x_t − √ᾱ_t·x̂0) / √(1−ᾱ_t).
    torch::Tensor impliedNoise(const torch::Tensor &xt, int t, const torch::Tensor &x0) const;

    // The ancestral (DDPM) posterior q(x_{t−1} | x_t, x0): mean and variance.
    torch::Tensor posteriorMean(const torch::Tensor &xt, int t, const torch::Tensor &x0) const;
    double posteriorVariance(int t) const;

    // S timesteps for DDIM, from T−1 down: t_i = round((i+1)·T/S) − 1, so S = T visits every step.
    std::vector<int> ddimTimesteps(int count) const;
    // The same spacing over the first `span` timesteps only (a truncated start: t_i = round((i+1)·span/S) − 1).
    std::vector<int> ddimTimesteps(int count, int span) const;
    // One DDIM update from t to s < t (s = −1: the clean signal), given the network's x̂0.
    // σ = η·√((1−ᾱ_s)/(1−ᾱ_t))·√(1−ᾱ_t/ᾱ_s); `noise` is the fresh N(0,1) sample (unused when σ = 0).
    torch::Tensor ddimStep(const torch::Tensor &xt, int t, int s, const torch::Tensor &x0, double eta,
                           const torch::Tensor &noise) const;
    // The σ of that update (for tests and for the step view).
    double ddimSigma(int t, int s, double eta) const;
    // The mean of that update (without the σ·z term).
    torch::Tensor ddimMean(const torch::Tensor &xt, int t, int s, const torch::Tensor &x0, double eta) const;

private:
    int m_steps;
    std::vector<double> m_beta;
    std::vector<double> m_alphaBar;
};
