#include "TsControlModel.h"

#include "ModuleWeights.h"

#include <QDir>
#include <QFileInfo>

#include <stdexcept>

namespace {

constexpr int kGlyphFold = 16; // 1×T×T glyphs folded 4×4

TsControlBranchImpl::Options branchOptions(const TsControlBackboneImpl::Options &backbone, int glyphChannels)
{
    TsControlBranchImpl::Options options;
    options.width0 = backbone.width0;
    options.width1 = backbone.width1;
    options.width2 = backbone.width2;
    options.timeDim = 4 * backbone.width0;
    options.glyphChannels = glyphChannels;
    return options;
}

const TsControlModel::Config &checked(const TsControlModel::Config &c)
{
    const auto widthOk = [](int width) { return width >= 8 && width <= 1024 && width % 8 == 0; };
    if (!widthOk(c.backbone.width0) || !widthOk(c.backbone.width1) || !widthOk(c.backbone.width2) || c.diffusionSteps < 2
        || c.diffusionSteps > 100000 || !(c.residualScale > 0))
        throw std::invalid_argument(TsControlModel::tr("The GLYPH-SR architecture in the manifest is not one this program can build.").toStdString());
    return c;
}

} // namespace

QJsonObject TsControlModel::Config::toJson() const
{
    return {{QStringLiteral("diffusionSteps"), diffusionSteps},
            {QStringLiteral("residualScale"), residualScale},
            {QStringLiteral("width0"), backbone.width0},
            {QStringLiteral("width1"), backbone.width1},
            {QStringLiteral("width2"), backbone.width2},
            {QStringLiteral("prediction"), QStringLiteral("residual")},
            {QStringLiteral("space"), QStringLiteral("pixel residual over bicubic, folded 4x4")}};
}

TsControlModel::Config TsControlModel::Config::fromJson(const QJsonObject &json)
{
    Config c;
    c.diffusionSteps = json.value(QStringLiteral("diffusionSteps")).toInt(c.diffusionSteps);
    c.residualScale = json.value(QStringLiteral("residualScale")).toDouble(c.residualScale);
    c.backbone.width0 = json.value(QStringLiteral("width0")).toInt(c.backbone.width0);
    c.backbone.width1 = json.value(QStringLiteral("width1")).toInt(c.backbone.width1);
    c.backbone.width2 = json.value(QStringLiteral("width2")).toInt(c.backbone.width2);
    return c;
}

TsControlModel::TsControlModel(const Config &c)
    : config(checked(c))
    , diffusion(c.diffusionSteps)
{
    backbone = TsControlBackbone(config.backbone);
    srBranch = TsControlBranch(branchOptions(config.backbone, 0));
    textBranch = TsControlBranch(branchOptions(config.backbone, kGlyphFold));
    m_base = std::make_shared<torch::nn::Module>();
    m_base->register_module("backbone", backbone);
    m_base->register_module("sr", srBranch);
}

QStringList TsControlModel::roles()
{
    return {QStringLiteral("base"), QStringLiteral("text")};
}

QString TsControlModel::fileName(const QString &role)
{
    return QStringLiteral("glyph-sr-%1.pt").arg(role);
}

QString TsControlModel::manifestName()
{
    return QStringLiteral("glyph-sr.json");
}

torch::nn::Module &TsControlModel::stage(const QString &role)
{
    if (role == QLatin1String("base"))
        return *m_base;
    if (role == QLatin1String("text"))
        return *textBranch;
    throw std::invalid_argument("unknown GLYPH-SR stage");
}

torch::Tensor TsControlModel::predictResidual(const torch::Tensor &residualT, const torch::Tensor &t, const Condition &condition,
                                           const torch::Tensor &lambda, double controlScale)
{
    const torch::Tensor temb = backbone->time->forward(t);
    const torch::Tensor x = TsControlBackboneImpl::fold(residualT);
    const torch::Tensor hint = TsControlBackboneImpl::fold(condition.bicubic * 2.0 - 1.0);
    const torch::Tensor imageShare = lambda.to(residualT.options()).view({-1, 1, 1, 1});
    std::vector<torch::Tensor> controls(3);
    const auto add = [&](const std::vector<torch::Tensor> &branch, const torch::Tensor &weight) {
        for (size_t level = 0; level < controls.size(); ++level) {
            const torch::Tensor weighted = branch[level] * (weight * controlScale);
            controls[level] = controls[level].defined() ? controls[level] + weighted : weighted;
        }
    };
    if (imageShare.gt(0).any().item<bool>())
        add(srBranch->forward(x, hint, {}, temb, condition.descriptor), imageShare);
    if (imageShare.lt(1).any().item<bool>()) {
        const torch::Tensor glyphs = condition.glyphs.defined() ? TsControlBackboneImpl::fold(condition.glyphs * 2.0 - 1.0)
                                                                : torch::Tensor();
        add(textBranch->forward(x, hint, glyphs, temb, condition.descriptor), 1.0 - imageShare);
    }
    return backbone->forward(residualT, temb, controls);
}

bool TsControlModel::hasStage(const ModelManifest &manifest, const QString &role)
{
    for (const ModelManifest::WeightsFile &file : manifest.files)
        if (file.role == role)
            return true;
    return false;
}

std::unique_ptr<TsControlModel> TsControlModel::load(const QString &manifestPath, const QStringList &required, ModelManifest *manifestOut)
{
    const ModelManifest manifest = ModelManifest::read(manifestPath);
    manifest.verifyArchitecture(manifestPath, QStringLiteral("glyph-sr"), QJsonObject{{QStringLiteral("prediction"), QStringLiteral("residual")}});
    std::unique_ptr<TsControlModel> model;
    try {
        model = std::make_unique<TsControlModel>(Config::fromJson(manifest.architecture));
    } catch (const std::invalid_argument &e) {
        throw std::runtime_error(QString(manifestPath + QStringLiteral(": ") + QString::fromUtf8(e.what())).toStdString());
    }
    for (const QString &role : roles()) {
        if (!required.contains(role) && !hasStage(manifest, role))
            continue;
        ModuleWeights::load(model->stage(role), manifest.verifyFile(manifestPath, role));
    }
    model->eval();
    if (manifestOut)
        *manifestOut = manifest;
    return model;
}

void TsControlModel::saveStage(const QString &folder, const QString &role, const QJsonObject &training, const QString &scaleNote)
{
    ModuleWeights::saveStage(stage(role), {QDir(folder).filePath(manifestName()), QStringLiteral("glyph-sr"), config.toJson(), role,
                                           fileName(role), training, scaleNote});
}

int TsControlModel::initialiseTextBranch()
{
    return ModuleWeights::copyMatching(*srBranch, *textBranch);
}

void TsControlModel::to(const torch::Device &device)
{
    m_base->to(device);
    textBranch->to(device);
}

void TsControlModel::eval()
{
    m_base->eval();
    textBranch->eval();
}
