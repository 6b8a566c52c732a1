#include "ProjectRecovery.h"

#include "ImageWriter.h"
#include "ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

QString ProjectRecovery::filePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery.glyphlab"));
}

bool ProjectRecovery::exists()
{
    return QFileInfo::exists(filePath());
}

bool ProjectRecovery::write(const Project &project, const QString &projectPath, QString *error)
{
    if (!ImageWriter::ensureWritableFolder(QFileInfo(filePath()).absolutePath(), error))
        return false;
    // Absolute photo path only: the recovery file lives far from the photo.
    QJsonObject json = ProjectFile::toJson(project, QString());
    json.insert(QLatin1String("recoveryOf"), projectPath);
    json.insert(QLatin1String("savedAt"), QDateTime::currentDateTime().toString(Qt::ISODate));
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write the recovery file \"%1\": %2.").arg(filePath(), file.errorString());
        return false;
    }
    return true;
}

std::optional<ProjectRecovery::Snapshot> ProjectRecovery::read(QString *error)
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the recovery file \"%1\": %2.").arg(filePath(), file.errorString());
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QString reason;
    const auto project = ProjectFile::fromJson(json, QString(), &reason);
    if (!project) {
        if (error)
            *error = tr("The recovery file is damaged: %1").arg(reason);
        return std::nullopt;
    }
    return Snapshot{*project, json.value(QLatin1String("recoveryOf")).toString(),
                    QDateTime::fromString(json.value(QLatin1String("savedAt")).toString(), Qt::ISODate)};
}

void ProjectRecovery::remove()
{
    QFile::remove(filePath());
}
