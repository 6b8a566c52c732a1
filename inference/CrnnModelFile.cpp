#include "CrnnModelFile.h"

#include "CharacterSet.h"
#include "ModuleWeights.h"

#include <QJsonObject>

CrnnNet CrnnModelFile::load(const QString &manifestPath, ModelManifest *manifestOut)
{
    const ModelManifest manifest = ModelManifest::read(manifestPath);
    const QString weights = manifest.verify(manifestPath, QStringLiteral("crnn"),
                                            QJsonObject{{QStringLiteral("classes"), CharacterSet::classCount()},
                                                        {QStringLiteral("characters"), CharacterSet::characters()}});
    CrnnNet net(CharacterSet::classCount(), manifest.architecture.value(QStringLiteral("width")).toInt(32));
    ModuleWeights::load(*net, weights);
    net->eval();
    if (manifestOut)
        *manifestOut = manifest;
    return net;
}

CrnnNet CrnnModelFile::loadFrozenLoss(const QString &manifestPath, const torch::Device &device, ModelManifest *manifest)
{
    CrnnNet net = load(manifestPath, manifest);
    net->to(device);
    ModuleWeights::freeze(*net);
    net->prepareAsFrozenLoss();
    return net;
}
