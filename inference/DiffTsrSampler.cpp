#include "DiffTsrSampler.h"

#include "DiffTsrModel.h"
#include "InputColours.h"
#include "RestoreCancelled.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cmath>

namespace {

namespace F = torch::nn::functional;

torch::Tensor enlarged(const torch::Tensor &image)
{
    return F::interpolate(image, F::InterpolateFuncOptions()
                                     .size(std::vector<int64_t>{2 * image.size(2), 2 * image.size(3)})
                                     .mode(torch::kBicubic).align_corners(false)).clamp(0, 1);
}

} // namespace

DiffTsrSampler::Result DiffTsrSampler::run(DiffTsrModel &model, const torch::Tensor &low, const torch::Tensor &initialText,
                                           const torch::Tensor &reading, const Settings &settings, const StepCallback &onStep,
                                           const CancelToken &cancel)
{
    torch::NoGradGuard noGrad;
    const torch::Device device = low.device();
    at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(settings.seed);
    const auto normal = [&](const torch::Tensor &like) {
        return torch::randn(like.sizes(), generator, torch::kFloat).to(device);
    };
    const GaussianDiffusion &imageDiffusion = model.imageDiffusion;
    const MultinomialDiffusion &textDiffusion = model.textDiffusion;
    const int span = int(std::lround(std::clamp(settings.start, 0.0, 1.0) * imageDiffusion.steps()));
    const std::vector<int> timesteps = imageDiffusion.ddimTimesteps(settings.steps, std::max(1, span));
    const int64_t batch = low.size(0);
    const torch::Tensor bicubic = enlarged(low);
    const double scale = model.config.residualScale;

    torch::Tensor residual = imageDiffusion.noiseLevel(timesteps.front()) * normal(bicubic);
    torch::Tensor text = initialText.to(device, torch::kLong);
    // The text chain's own timesteps: the image's, capped at its start.
    const int textSpan = int(std::lround(std::clamp(settings.textStart, 0.0, 1.0) * textDiffusion.steps()));
    const int textFirst = std::max(0, textSpan - 1);
    const auto textTime = [&](int t) { return t < 0 ? -1 : std::min(t, textFirst); };
    if (settings.textDiffusion && textSpan < textDiffusion.steps()) {
        const torch::Tensor first = torch::full({batch}, int64_t(textFirst), torch::TensorOptions().dtype(torch::kLong).device(device));
        text = MultinomialDiffusion::sample(textDiffusion.logMarginal(textDiffusion.logOneHot(text), first), generator);
    }
    Result result;
    torch::Tensor drawnText, glyphs; // the text the IDM's glyph image shows, and that image
    for (size_t i = 0; i < timesteps.size(); ++i) {
        if (cancel.isCancelled())
            throw RestoreCancelled();
        const int t = timesteps[i];
        const int s = i + 1 < timesteps.size() ? timesteps[i + 1] : -1;
        const torch::Tensor tt = torch::full({batch}, int64_t(t), torch::TensorOptions().dtype(torch::kLong).device(device));

        torch::Tensor textCondition, imageCondition;
        if (settings.textDiffusion && settings.mixture) {
            const DiffTsrMixtureImpl::Conditions conditions = model.mom->forward(text, low, residual, tt, reading);
            textCondition = conditions.text;
            imageCondition = conditions.image;
        } else {
            textCondition = model.idmContext->forward(text, tt);
            if (settings.textDiffusion)
                imageCondition = model.tdmContext->forward(low, residual, tt, reading);
        }
        const int tText = textTime(t), sText = textTime(s);
        torch::Tensor logText;
        if (settings.textDiffusion)
            logText = model.tdm->forward(text, torch::full({batch}, int64_t(tText), tt.options()), imageCondition);
        else
            logText = textDiffusion.logOneHot(text);
        // The IDM draws the text as the TDM now estimates it (the fixed text in idm-only mode);
        // a text that has not changed since the last step is not drawn again.
        const torch::Tensor estimatedText = logText.argmax(-1);
        if (!drawnText.defined() || !torch::equal(estimatedText, drawnText)) {
            drawnText = estimatedText;
            glyphs = model.idmGlyphs(drawnText, low);
        }
        torch::Tensor predicted = model.idm->forward(residual, low, tt, textCondition, reading, glyphs);
        if (settings.recognizerGuidance > 0 && settings.recognizerGradient) {
            const torch::Tensor gradient = settings.recognizerGradient(bicubic + predicted / scale, estimatedText);
            const torch::Tensor rms = gradient.pow(2).mean({1, 2, 3}, true).sqrt().clamp_min(1e-12);
            predicted = predicted - (settings.recognizerGuidance * scale) * gradient / rms;
        }

        const torch::Tensor imageNoise = normal(residual);
        residual = imageDiffusion.ddimStep(residual, t, s, predicted, settings.eta, imageNoise);
        if (settings.textDiffusion && sText < tText) {
            text = sText >= 0 ? MultinomialDiffusion::sample(textDiffusion.logPosterior(textDiffusion.logOneHot(text), logText, tText, sText), generator,
                                                                      settings.textTemperature)
                              : logText.argmax(-1);
        }

        const torch::Tensor correction = predicted / scale;
        result.image = (bicubic + (settings.inputColours ? InputColours::brightnessOnly(correction) : correction)).clamp(0, 1);
        result.textProbabilities = logText.exp();
        if (onStep) {
            Step step;
            step.index = int(i);
            step.count = int(timesteps.size());
            step.t = t;
            step.next = s;
            step.noiseLevel = imageDiffusion.noiseLevel(t);
            step.estimate = result.image;
            step.textProbabilities = result.textProbabilities;
            onStep(step);
        }
    }
    result.text = result.textProbabilities.argmax(-1);
    return result;
}
