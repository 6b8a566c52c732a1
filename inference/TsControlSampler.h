#pragma once

#include "CancelToken.h"
#include "PingPongSchedule.h"
#include "TsControlModel.h"

#include <torch/torch.h>

#include <QtGlobal>

#include <functional>

// GLYPH-SR's sampling loop over a batch of tiles: DDIM from pure noise (or a truncated start)
// on the residual over bicubic, with the ping-pong schedule's λ at every step deciding which
// control branch guides it (λ = 1: the SR branch, λ = 0: the text branch, in between: the
// mixed injection). On steps where the text branch takes part and guidance ≠ 1, classifier-free
// guidance runs the prediction a second time with the text branch's null condition (no glyphs):
// x̂0 = x̂0_null + g·(x̂0_text − x̂0_null). The null condition is a blank glyph image.
class TsControlSampler
{
public:
    struct Settings
    {
        int steps = 20;
        double eta = 0.0;
        quint64 seed = 0;
        PingPongSchedule schedule;
        double controlScale = 1.0; // s_ctrl
        double guidance = 1.0;     // classifier-free guidance scale g on the text condition
        double start = 1.0;        // fraction of T where the chain starts (1: pure noise)
        bool inputColours = false; // true: the estimates keep the bicubic tiles' colours (InputColours)
    };
    struct Step
    {
        int index = 0, count = 0;
        int t = 0, next = -1;
        double noiseLevel = 0;
        double lambda = 1;
        PingPongSchedule::Branch branch = PingPongSchedule::Branch::Image;
        torch::Tensor estimate; // x̂0 of every tile, B×3×T×T in [0,1]
    };
    using StepCallback = std::function<void(const Step &)>;

    // condition: the tiles' bicubic images, glyphs (undefined: no text anywhere) and scene
    // descriptors. Noise is drawn on the CPU from one generator seeded with settings.seed, so
    // a seed gives the same tiles on any device. Returns the restored tiles, B×3×T×T in [0,1].
    // Throws RestoreCancelled between steps when `cancel` is set.
    static torch::Tensor run(TsControlModel &model, const TsControlModel::Condition &condition, const Settings &settings,
                             const StepCallback &onStep, const CancelToken &cancel);

    // `count` timesteps from span − 1 down to 0, as run() visits them.
    static std::vector<int> spacedTimesteps(int count, int span);
};
