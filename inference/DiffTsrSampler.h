#pragma once

#include "CancelToken.h"

#include <torch/torch.h>

#include <QtGlobal>

#include <functional>

class DiffTsrModel;

// DiffTSR's sampling loop. The residual starts as pure noise at the first DDIM timestep and
// the text as c_T (the recognizer's reading of the LR); at every step MoM makes both
// conditions from (c_t, LR, r_t, t), the IDM predicts r̂0 and takes a DDIM step, and the TDM
// predicts ĉ0 and c moves to a sample (Gumbel-max) of q(c_s | c_t, ĉ0). In "image only" mode
// (the authors' baseline) the text stays c_T and the stage-1 text encoder gives C_cond.
// Without trained MoM weights the stage-1/2 condition encoders stand in for it.
class DiffTsrSampler
{
public:
    struct Settings
    {
        int steps = 20;
        double eta = 0.2;
        quint64 seed = 0;
        bool textDiffusion = true; // false: the IDM-only baseline
        bool mixture = true;       // false: stage-1/2 encoders instead of MoM
        // Where the chains start, as a fraction of T: 1 starts from pure noise; below 1 the
        // residual starts as the bicubic guess (r = 0) noised to that level, and c_T is read as
        // the text at that level, so fewer, better-trained low-noise steps do the work.
        double start = 1.0;
        // Where the text chain starts, as a fraction of T: the recognizer's reading c_rec is
        // taken as the clean text and noised by the forward process to that level
        // (c ~ q(c_ts | c_rec)); while the image is noisier than that, the text waits there.
        // 1 treats c_rec itself as c_T (which the TDM, trained on uniform noise at T, ignores).
        double textStart = 1.0;
        // The Gumbel noise on each reverse text step (MultinomialDiffusion::sample): 1 samples
        // c_{t−1} exactly, 0 takes the likeliest characters. An exact sample puts a stray
        // character into one of the 24 slots often enough that the small TDM, which leans on c_t
        // at low noise, keeps it (DiffTsrMethod measures the default).
        double textTemperature = 1.0;
        // true: the estimates keep the bicubic enlargement's colours (InputColours).
        bool inputColours = false;
        // Recognizer guidance: at every step x̂0 moves down the recognizer's loss for the text the
        // chain holds (the TDM's estimate, or the fixed text in image-only mode), by this much per
        // step as a root-mean-square change of the image (0: off). This lets the text steer the
        // image even where the IDM's own text condition does little.
        double recognizerGuidance = 0.0;
        // The gradient of the recognizer's loss for `text` (B×slots) with respect to `image`
        // (B×3×H×W); needed when recognizerGuidance > 0.
        std::function<torch::Tensor(const torch::Tensor &image, const torch::Tensor &text)> recognizerGradient;
    };
    struct Step
    {
        int index = 0, count = 0;
        int t = 0, next = -1;              // this step goes from t to next (−1: clean)
        double noiseLevel = 0;             // √(1 − ᾱ_t)
        torch::Tensor estimate;            // x̂0, B×3×2h×2w, clamped to [0,1]
        torch::Tensor textProbabilities;   // ĉ0, B×slots×K (one-hot of the fixed text in image-only mode)
    };
    struct Result
    {
        torch::Tensor image;               // B×3×2h×2w in [0,1]
        torch::Tensor text;                // B×slots, the final text (argmax of the last ĉ0)
        torch::Tensor textProbabilities;   // B×slots×K
    };
    using StepCallback = std::function<void(const Step &)>;

    // low: B×3×h×w in [0,1] (h, w multiples of 4); initialText: B×slots; reading: the recognizer's
    // T×B×C log-probabilities of the line, for a model whose TDM takes them. Noise is drawn on the
    // CPU from one generator seeded with settings.seed, so a seed gives the same result on any
    // device. Throws RestoreCancelled between steps when `cancel` is set.
    static Result run(DiffTsrModel &model, const torch::Tensor &low, const torch::Tensor &initialText,
                      const torch::Tensor &reading, const Settings &settings, const StepCallback &onStep,
                      const CancelToken &cancel);
};
