#include "DemoScene.h"

#include "ResourceLocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

std::optional<DemoScene> DemoScene::load(QString *error)
{
    const QString folder = ResourceLocator::find(QStringLiteral("demo"), error);
    if (folder.isEmpty())
        return std::nullopt;
    QFile file(QDir(folder).filePath(QStringLiteral("demo.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2.").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("%1 is not valid JSON: %2.").arg(file.fileName(), parseError.errorString());
        return std::nullopt;
    }
    DemoScene scene;
    scene.photoPath = QDir(folder).filePath(root.value(QLatin1String("photo")).toString());
    for (const QJsonValue &value : root.value(QLatin1String("regions")).toArray()) {
        const QJsonObject region = value.toObject();
        scene.regions.append({region.value(QLatin1String("name")).toString(),
                              QRect(region.value(QLatin1String("x")).toInt(),
                                    region.value(QLatin1String("y")).toInt(),
                                    region.value(QLatin1String("width")).toInt(),
                                    region.value(QLatin1String("height")).toInt())});
    }
    if (!QFileInfo::exists(scene.photoPath) || scene.regions.isEmpty()) {
        if (error)
            *error = tr("%1 names no existing photo or no regions.").arg(file.fileName());
        return std::nullopt;
    }
    return scene;
}
