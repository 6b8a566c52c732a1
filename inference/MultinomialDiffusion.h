#pragma once

#include <torch/torch.h>

#include <vector>

// DiffTSR's text diffusion: multinomial (categorical) diffusion over K classes (Hoogeboom et
// al. 2021) with a cosine ᾱ over the same T steps as the image. 0-based timesteps; t = −1 is
// the clean text (ᾱ = 1).
//   q(x_t | x_0)     = Cat(ᾱ_t·x_0 + (1 − ᾱ_t)/K)
//   q(x_t | x_s)     = Cat(α_{t→s}·x_s + (1 − α_{t→s})/K),   α_{t→s} = ᾱ_t / ᾱ_s
//   q(x_s | x_t, x0) ∝ [α_{t→s}·x_t + (1 − α_{t→s})/K] ⊙ [ᾱ_s·x0 + (1 − ᾱ_s)/K]
// Everything is computed on log-probabilities along the last dimension (…×K).
class MultinomialDiffusion
{
public:
    MultinomialDiffusion(int classes, int steps = 1000);

    int classes() const { return m_classes; }
    int steps() const { return m_steps; }
    double alphaBar(int t) const; // t = −1 gives 1

    // log q(x_t | x_0) for a per-item timestep (t: B int64; logX0: B×…×K).
    torch::Tensor logMarginal(const torch::Tensor &logX0, const torch::Tensor &t) const;
    // log q(x_s | x_t, x0) for s < t (s = −1 allowed), normalised with logsumexp. logX0 may be
    // a one-hot (the truth) or the network's predicted log-distribution.
    torch::Tensor logPosterior(const torch::Tensor &logXt, const torch::Tensor &logX0, int t, int s) const;
    // The same with a per-item t (B int64) and s = t − 1, for training.
    torch::Tensor logPosterior(const torch::Tensor &logXt, const torch::Tensor &logX0, const torch::Tensor &t) const;

    // Class indices → log one-hot (with log(0) clamped to −30 so sums stay finite).
    torch::Tensor logOneHot(const torch::Tensor &classes) const;
    // A Gumbel-max sample of a log-distribution; the uniform noise comes from `generator`
    // (or the global one when it is undefined), drawn on the CPU so that runs agree across devices.
    // The Gumbel noise is scaled by `temperature`: 1 is an exact sample, 0 the most likely class
    // (the noise is drawn all the same, so a seed's later draws do not depend on it).
    static torch::Tensor sample(const torch::Tensor &logProbabilities, c10::optional<at::Generator> generator = c10::nullopt,
                                double temperature = 1.0);

private:
    torch::Tensor alphaBarOf(const torch::Tensor &t, const torch::Tensor &like) const;

    int m_classes;
    int m_steps;
    std::vector<double> m_alphaBar;
};
