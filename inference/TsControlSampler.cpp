#include "TsControlSampler.h"

#include "InputColours.h"
#include "RestoreCancelled.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cmath>

// Evenly spaced from span − 1 down to 0, so that the last estimate is read where the residual
// carries almost no noise (DDIM's usual spacing ends at span/count − 1, t = 49 for 20 steps).
std::vector<int> TsControlSampler::spacedTimesteps(int count, int span)
{
    span = std::max(1, span);
    count = std::clamp(count, 1, span);
    std::vector<int> timesteps;
    for (int i = count - 1; i >= 0; --i)
        timesteps.push_back(count == 1 ? span - 1 : int(std::lround(double(i) * (span - 1) / (count - 1))));
    return timesteps;
}

torch::Tensor TsControlSampler::run(TsControlModel &model, const TsControlModel::Condition &condition, const Settings &settings,
                                    const StepCallback &onStep, const CancelToken &cancel)
{
    torch::NoGradGuard noGrad;
    const torch::Device device = condition.bicubic.device();
    at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(settings.seed);
    const auto normal = [&](const torch::Tensor &like) {
        return torch::randn(like.sizes(), generator, torch::kFloat).to(device);
    };
    const GaussianDiffusion &diffusion = model.diffusion;
    const int span = int(std::lround(std::clamp(settings.start, 0.0, 1.0) * diffusion.steps()));
    const std::vector<int> timesteps = spacedTimesteps(settings.steps, span);
    const int64_t batch = condition.bicubic.size(0);
    const double scale = model.config.residualScale;
    // The null condition is a blank glyph image, as the text stage trained it.
    const TsControlModel::Condition nullText{condition.bicubic,
                                             condition.glyphs.defined() ? torch::zeros_like(condition.glyphs) : torch::Tensor(),
                                             condition.descriptor};

    torch::Tensor residual = diffusion.noiseLevel(timesteps.front()) * normal(condition.bicubic);
    torch::Tensor image;
    const int count = int(timesteps.size());
    for (int i = 0; i < count; ++i) {
        if (cancel.isCancelled())
            throw RestoreCancelled();
        const int t = timesteps[size_t(i)];
        const int s = i + 1 < count ? timesteps[size_t(i) + 1] : -1;
        const double lambda = settings.schedule.lambdaAt(i, count);
        const torch::Tensor tt = torch::full({batch}, int64_t(t), torch::TensorOptions().dtype(torch::kLong).device(device));
        const torch::Tensor lambdas = torch::full({batch}, lambda, torch::kDouble);
        torch::Tensor estimate = model.predictResidual(residual, tt, condition, lambdas, settings.controlScale);
        if (lambda < 1 && settings.guidance != 1.0 && condition.glyphs.defined()) {
            const torch::Tensor unconditional = model.predictResidual(residual, tt, nullText, lambdas, settings.controlScale);
            estimate = unconditional + settings.guidance * (estimate - unconditional);
        }
        estimate = estimate.clamp(-scale, scale);
        residual = diffusion.ddimStep(residual, t, s, estimate, settings.eta, normal(residual));
        const torch::Tensor correction = estimate / scale;
        image = (condition.bicubic + (settings.inputColours ? InputColours::brightnessOnly(correction) : correction)).clamp(0, 1);
        if (onStep) {
            Step step;
            step.index = i;
            step.count = count;
            step.t = t;
            step.next = s;
            step.noiseLevel = diffusion.noiseLevel(t);
            step.lambda = lambda;
            step.branch = PingPongSchedule::branchFor(lambda);
            step.estimate = image;
            onStep(step);
        }
    }
    return image;
}
