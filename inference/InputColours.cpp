#include "InputColours.h"

#include <QCoreApplication>

#include <torch/torch.h>

#include <stdexcept>

namespace {

const QString kKey = QStringLiteral("colours");
const QString kInput = QStringLiteral("input");
const QString kNetwork = QStringLiteral("network");

} // namespace

MethodParameter InputColours::parameter()
{
    return MethodParameter::create(
        kKey, QCoreApplication::translate("InputColours", "Colours"),
        QCoreApplication::translate("InputColours", "input: the network sharpens the brightness and the colours stay those of "
                                                    "the input; network: the network's own colours, which can shift the hue of "
                                                    "text on strong colours"),
        MethodParameter::Kind::Choice, kInput, 0, 0, {kInput, kNetwork});
}

bool InputColours::requested(const QVariantMap &parameters)
{
    const QString colours = parameters.value(kKey, kInput).toString();
    if (colours != kInput && colours != kNetwork)
        throw std::runtime_error(QCoreApplication::translate("InputColours", "Unknown colours \"%1\"; choose input or network.")
                                     .arg(colours).toStdString());
    return colours == kInput;
}

torch::Tensor InputColours::brightnessOnly(const torch::Tensor &correction)
{
    const torch::Tensor luma = torch::tensor({0.299f, 0.587f, 0.114f}, correction.options()).view({1, 3, 1, 1});
    return (correction * luma).sum(1, true).expand_as(correction);
}
