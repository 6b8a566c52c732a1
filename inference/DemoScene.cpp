#include "DemoScene.h"

#include "ResourceLocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

std::optional<DemoScene> sceneFromJson(const QJsonObject &object, const QString &folder)
{
    DemoScene scene;
    scene.photoPath = QDir(folder).filePath(object.value(QLatin1String("photo")).toString());
    scene.title = object.value(QLatin1String("title")).toString(QFileInfo(scene.photoPath).completeBaseName());
    for (const QJsonValue &value : object.value(QLatin1String("regions")).toArray()) {
        const QJsonObject region = value.toObject();
        scene.regions.append({region.value(QLatin1String("name")).toString(),
                              QRect(region.value(QLatin1String("x")).toInt(),
                                    region.value(QLatin1String("y")).toInt(),
                                    region.value(QLatin1String("width")).toInt(),
                                    region.value(QLatin1String("height")).toInt())});
    }
    if (!QFileInfo::exists(scene.photoPath) || scene.regions.isEmpty())
        return std::nullopt;
    return scene;
}

} // namespace

std::optional<DemoScene> DemoScene::load(QString *error)
{
    const QList<DemoScene> scenes = loadAll(error);
    if (scenes.isEmpty())
        return std::nullopt;
    return scenes.first();
}

QList<DemoScene> DemoScene::loadAll(QString *error)
{
    const QString folder = ResourceLocator::find(QStringLiteral("demo"), error);
    if (folder.isEmpty())
        return {};
    QFile file(QDir(folder).filePath(QStringLiteral("demo.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2.").arg(file.fileName(), file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("%1 is not valid JSON: %2.").arg(file.fileName(), parseError.errorString());
        return {};
    }
    QList<DemoScene> scenes;
    const auto first = sceneFromJson(root, folder);
    if (!first) {
        if (error)
            *error = tr("%1 names no existing photo or no regions.").arg(file.fileName());
        return {};
    }
    scenes.append(*first);
    for (const QJsonValue &value : root.value(QLatin1String("more")).toArray()) {
        if (const auto scene = sceneFromJson(value.toObject(), folder))
            scenes.append(*scene);
    }
    return scenes;
}
