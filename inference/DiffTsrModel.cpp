#include "DiffTsrModel.h"

#include "AlignedGlyphs.h"
#include "CharacterSet.h"
#include "ModuleWeights.h"

#include <QDir>
#include <QFileInfo>

#include <stdexcept>

namespace {

void checkConfig(const DiffTsrConfig &c)
{
    if (c.idm.heads < 1 || c.textContext.heads < 1 || c.tdm.heads < 1 || c.imageContext.heads < 1)
        throw std::invalid_argument(DiffTsrModel::tr("The DiffTSR architecture in the manifest is not one this program can build.").toStdString());
    const bool widthsOk = c.idm.width0 >= 8 && c.idm.width0 % 8 == 0 && c.idm.width1 >= 8 && c.idm.width1 % c.idm.heads == 0
        && c.idm.width2 >= 8 && c.idm.width2 % c.idm.heads == 0;
    const bool dimsOk = c.textContext.dim > 0 && c.textContext.dim % c.textContext.heads == 0 && c.tdm.dim % c.tdm.heads == 0
        && c.imageContext.dim % c.imageContext.heads == 0 && c.tdm.dim > 0 && c.imageContext.dim > 0;
    if (!widthsOk || !dimsOk || c.slots < 1 || c.slots > 256 || c.classes < 2 || c.diffusionSteps < 2 || c.residualScale <= 0
        || c.textContext.layers < 0 || c.tdm.layers < 1
        || (c.imageContext.readingClasses != 0 && c.imageContext.readingClasses != c.classes))
        throw std::invalid_argument(DiffTsrModel::tr("The DiffTSR architecture in the manifest is not one this program can build.").toStdString());
}

} // namespace

DiffTsrModel::DiffTsrModel(const DiffTsrConfig &c)
    : config((checkConfig(c), c))
    , imageDiffusion(c.diffusionSteps)
    , textDiffusion(c.classes, c.diffusionSteps)
{
    idm = DiffTsrImageNet(config.idm);
    idmContext = DiffTsrTextContext(config.textContext);
    tdm = DiffTsrTextNet(config.tdm);
    tdmContext = DiffTsrImageContext(config.imageContext);
    mom = DiffTsrMixture(config.textContext, config.imageContext);
    m_idmStage = std::make_shared<torch::nn::Module>();
    m_idmStage->register_module("idm", idm);
    m_idmStage->register_module("context", idmContext);
    m_tdmStage = std::make_shared<torch::nn::Module>();
    m_tdmStage->register_module("tdm", tdm);
    m_tdmStage->register_module("context", tdmContext);
}

QStringList DiffTsrModel::roles()
{
    return {QStringLiteral("idm"), QStringLiteral("tdm"), QStringLiteral("mom")};
}

QString DiffTsrModel::fileName(const QString &role)
{
    return QStringLiteral("difftsr-%1.pt").arg(role);
}

QString DiffTsrModel::manifestName()
{
    return QStringLiteral("difftsr.json");
}

torch::nn::Module &DiffTsrModel::stage(const QString &role)
{
    if (role == QLatin1String("idm"))
        return *m_idmStage;
    if (role == QLatin1String("tdm"))
        return *m_tdmStage;
    if (role == QLatin1String("mom"))
        return *mom;
    throw std::invalid_argument("unknown DiffTSR stage");
}

bool DiffTsrModel::hasStage(const ModelManifest &manifest, const QString &role)
{
    for (const ModelManifest::WeightsFile &file : manifest.files)
        if (file.role == role)
            return true;
    return false;
}

std::unique_ptr<DiffTsrModel> DiffTsrModel::load(const QString &manifestPath, const QString &recognizerSha256,
                                                 const QStringList &required, ModelManifest *manifestOut)
{
    const ModelManifest manifest = ModelManifest::read(manifestPath);
    QJsonObject expected{{QStringLiteral("classes"), CharacterSet::classCount()}};
    if (!recognizerSha256.isEmpty())
        expected.insert(QStringLiteral("recognizerSha256"), recognizerSha256);
    manifest.verifyArchitecture(manifestPath, QStringLiteral("difftsr"), expected);
    std::unique_ptr<DiffTsrModel> model;
    try {
        model = std::make_unique<DiffTsrModel>(DiffTsrConfig::fromJson(manifest.architecture));
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

void DiffTsrModel::saveStage(const QString &folder, const QString &role, const QString &recognizerSha256,
                             const QJsonObject &training, const QString &scaleNote)
{
    QJsonObject architecture = config.toJson();
    architecture.insert(QStringLiteral("recognizerSha256"), recognizerSha256);
    ModuleWeights::saveStage(stage(role), {QDir(folder).filePath(manifestName()), QStringLiteral("difftsr"), architecture, role,
                                           fileName(role), training, scaleNote});
}

int DiffTsrModel::initialiseMixture()
{
    return ModuleWeights::copyMatching(*idmContext, *mom->textBranch) + ModuleWeights::copyMatching(*tdmContext, *mom->imageBranch);
}

torch::Tensor DiffTsrModel::idmGlyphs(const torch::Tensor &text, const torch::Tensor &low) const
{
    return config.idm.glyphs ? AlignedGlyphs::draw(low, text, 2) : torch::Tensor();
}

void DiffTsrModel::to(const torch::Device &device)
{
    m_idmStage->to(device);
    m_tdmStage->to(device);
    mom->to(device);
}

void DiffTsrModel::eval()
{
    m_idmStage->eval();
    m_tdmStage->eval();
    mom->eval();
}
