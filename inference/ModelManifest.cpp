#include "ModelManifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <stdexcept>

ModelManifest ModelManifest::read(const QString &manifestPath)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(tr("The model manifest %1 cannot be read: %2").arg(manifestPath, file.errorString()).toStdString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        throw std::runtime_error(tr("The model manifest %1 is not valid JSON: %2").arg(manifestPath, parseError.errorString()).toStdString());
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("glyphlab-model"))
        throw std::runtime_error(tr("%1 is not a GlyphLab model manifest.").arg(manifestPath).toStdString());
    ModelManifest manifest;
    manifest.model = root.value(QStringLiteral("model")).toString();
    manifest.weightsFile = root.value(QStringLiteral("weights")).toString();
    manifest.sha256 = root.value(QStringLiteral("sha256")).toString();
    manifest.architecture = root.value(QStringLiteral("architecture")).toObject();
    manifest.training = root.value(QStringLiteral("training")).toObject();
    manifest.benchmark = root.value(QStringLiteral("benchmark")).toObject();
    manifest.scaleNote = root.value(QStringLiteral("scale")).toString();
    for (const QJsonValue &value : root.value(QStringLiteral("files")).toArray()) {
        const QJsonObject entry = value.toObject();
        manifest.files.append({entry.value(QStringLiteral("role")).toString(), entry.value(QStringLiteral("file")).toString(),
                               entry.value(QStringLiteral("sha256")).toString()});
    }
    return manifest;
}

bool ModelManifest::write(const QString &manifestPath, QString *error) const
{
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("glyphlab-model")},
        {QStringLiteral("model"), model},
        {QStringLiteral("weights"), weightsFile},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("architecture"), architecture},
        {QStringLiteral("training"), training},
        {QStringLiteral("benchmark"), benchmark},
        {QStringLiteral("scale"), scaleNote},
    };
    if (!files.isEmpty()) {
        QJsonArray list;
        for (const WeightsFile &entry : files)
            list.append(QJsonObject{{QStringLiteral("role"), entry.role}, {QStringLiteral("file"), entry.file},
                                    {QStringLiteral("sha256"), entry.sha256}});
        root.insert(QStringLiteral("files"), list);
    }
    QSaveFile file(manifestPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(manifestPath, file.errorString());
        return false;
    }
    return true;
}

QString ModelManifest::sha256Of(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QString ModelManifest::verify(const QString &manifestPath, const QString &expectedModel, const QJsonObject &expected) const
{
    verifyArchitecture(manifestPath, expectedModel, expected);
    const QString weights = QFileInfo(manifestPath).dir().filePath(weightsFile);
    if (weightsFile.isEmpty() || !QFileInfo::exists(weights))
        throw std::runtime_error(tr("The weights file %1 named by %2 is missing.").arg(weights, manifestPath).toStdString());
    if (sha256Of(weights) != sha256)
        throw std::runtime_error(tr("The weights file %1 is damaged or was replaced (its checksum does not match %2).")
                                     .arg(weights, manifestPath).toStdString());
    return weights;
}

void ModelManifest::verifyArchitecture(const QString &manifestPath, const QString &expectedModel, const QJsonObject &expected) const
{
    if (model != expectedModel)
        throw std::runtime_error(tr("%1 describes a \"%2\" model, not \"%3\".").arg(manifestPath, model, expectedModel).toStdString());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonValue trained = architecture.value(it.key());
        if (trained == it.value())
            continue;
        // The one mismatch a user causes by installing other weights: say what to do about it.
        const QString notRecorded = tr("(not recorded)");
        if (it.key() == QLatin1String("recognizerSha256"))
            throw std::runtime_error(tr("%1 was trained with another recognizer than the crnn.json in use (SHA-256 of the CRNN "
                                        "weights: trained with %2, in use %3): install the crnn.json and crnn.pt it was trained "
                                        "with, or train it again with this one (glyphlab-cli train … --recognizer crnn.json).")
                                         .arg(manifestPath, trained.isString() ? trained.toString().left(12) + QStringLiteral("…") : notRecorded,
                                              it.value().toString().left(12) + QStringLiteral("…"))
                                         .toStdString());
        throw std::runtime_error(tr("%1 was trained with %2 = %3, but this program builds %4: the weights do not "
                                    "match this version of GlyphLab.")
                                     .arg(manifestPath, it.key(),
                                          trained.isUndefined() ? notRecorded : trained.toVariant().toString(),
                                          it.value().toVariant().toString())
                                     .toStdString());
    }
}

QString ModelManifest::verifyFile(const QString &manifestPath, const QString &role) const
{
    for (const WeightsFile &entry : files) {
        if (entry.role != role)
            continue;
        const QString weights = QFileInfo(manifestPath).dir().filePath(entry.file);
        if (entry.file.isEmpty() || !QFileInfo::exists(weights))
            throw std::runtime_error(tr("The weights file %1 named by %2 is missing.").arg(weights, manifestPath).toStdString());
        if (sha256Of(weights) != entry.sha256)
            throw std::runtime_error(tr("The weights file %1 is damaged or was replaced (its checksum does not match %2).")
                                         .arg(weights, manifestPath).toStdString());
        return weights;
    }
    throw std::runtime_error(tr("%1 lists no \"%2\" weights: that part of the model has not been trained yet.")
                                 .arg(manifestPath, role).toStdString());
}

void ModelManifest::setFile(const QString &role, const QString &file, const QString &sha256)
{
    for (WeightsFile &entry : files) {
        if (entry.role == role) {
            entry.file = file;
            entry.sha256 = sha256;
            return;
        }
    }
    files.append({role, file, sha256});
}
