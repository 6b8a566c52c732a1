#include "DiffTsrMixture.h"

DiffTsrMixtureImpl::DiffTsrMixtureImpl(DiffTsrTextContextImpl::Options textOptions, DiffTsrImageContextImpl::Options imageOptions)
{
    textOptions.imageDim = imageOptions.dim;
    imageOptions.textDim = textOptions.dim;
    textBranch = register_module("textBranch", DiffTsrTextContext(textOptions));
    imageBranch = register_module("imageBranch", DiffTsrImageContext(imageOptions));
}

DiffTsrMixtureImpl::Conditions DiffTsrMixtureImpl::forward(const torch::Tensor &text, const torch::Tensor &low,
                                                           const torch::Tensor &residualT, const torch::Tensor &t,
                                                           const torch::Tensor &reading)
{
    const torch::Tensor textTokens = textBranch->embed(text, t);
    const torch::Tensor imageTokens = imageBranch->embed(low, residualT, t, reading);
    return {imageBranch->encode(imageTokens, textTokens), textBranch->encode(textTokens, imageTokens)};
}
