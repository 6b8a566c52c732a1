#include "ProjectFile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

const QLatin1String kFormatName("glyphlab-project");

QString encodePng(const QImage &image)
{
    if (image.isNull())
        return QString();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QString::fromLatin1(bytes.toBase64());
}

QImage decodePng(const QString &text)
{
    if (text.isEmpty())
        return QImage();
    return QImage::fromData(QByteArray::fromBase64(text.toLatin1()), "PNG");
}

} // namespace

QJsonObject ProjectFile::rectToJson(const QRect &rect)
{
    return {{QLatin1String("x"), rect.x()}, {QLatin1String("y"), rect.y()},
            {QLatin1String("width"), rect.width()}, {QLatin1String("height"), rect.height()}};
}

QRect ProjectFile::rectFromJson(const QJsonObject &json)
{
    return QRect(json.value(QLatin1String("x")).toInt(), json.value(QLatin1String("y")).toInt(),
                 json.value(QLatin1String("width")).toInt(), json.value(QLatin1String("height")).toInt());
}

QJsonObject ProjectFile::optionsToJson(const RestoreOptions &options)
{
    return {{QLatin1String("scale"), options.scale},
            {QLatin1String("steps"), options.steps},
            // A string: JSON numbers lose integers above 2^53.
            {QLatin1String("seed"), QString::number(options.seed)},
            {QLatin1String("device"), options.device},
            {QLatin1String("parameters"), QJsonObject::fromVariantMap(options.parameters)}};
}

RestoreOptions ProjectFile::optionsFromJson(const QJsonObject &json)
{
    RestoreOptions options;
    options.scale = json.value(QLatin1String("scale")).toInt(options.scale);
    options.steps = json.value(QLatin1String("steps")).toInt(options.steps);
    options.seed = json.value(QLatin1String("seed")).toString().toULongLong();
    options.device = json.value(QLatin1String("device")).toString(options.device);
    options.parameters = json.value(QLatin1String("parameters")).toObject().toVariantMap();
    return options;
}

QString ProjectFile::statusKey(TextRegion::Status status)
{
    switch (status) {
    case TextRegion::Status::New: return QStringLiteral("new");
    case TextRegion::Status::Queued: return QStringLiteral("queued");
    case TextRegion::Status::Running: return QStringLiteral("running");
    case TextRegion::Status::Restored: return QStringLiteral("restored");
    case TextRegion::Status::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("new");
}

TextRegion::Status ProjectFile::statusFromKey(const QString &key)
{
    if (key == QLatin1String("restored"))
        return TextRegion::Status::Restored;
    if (key == QLatin1String("failed"))
        return TextRegion::Status::Failed;
    return TextRegion::Status::New; // queued/running did not survive the session that saved them
}

QJsonObject ProjectFile::toJson(const Project &project, const QString &projectFolder)
{
    QJsonObject photo{{QLatin1String("path"), project.photoPath},
                      {QLatin1String("width"), project.photoSize.width()},
                      {QLatin1String("height"), project.photoSize.height()}};
    if (!projectFolder.isEmpty() && !project.photoPath.isEmpty())
        photo.insert(QLatin1String("relativePath"), QDir(projectFolder).relativeFilePath(project.photoPath));

    QJsonArray regions;
    for (const TextRegion &region : project.regions) {
        regions.append(QJsonObject{{QLatin1String("id"), region.id},
                                   {QLatin1String("name"), region.name},
                                   {QLatin1String("rect"), rectToJson(region.rect)},
                                   {QLatin1String("ocrBefore"), region.ocrBefore},
                                   {QLatin1String("ocrAfter"), region.ocrAfter},
                                   {QLatin1String("status"), statusKey(region.status)}});
    }
    QJsonArray runs;
    for (const RegionRun &run : project.runs) {
        runs.append(QJsonObject{{QLatin1String("regionId"), run.regionId},
                                {QLatin1String("method"), run.methodId},
                                {QLatin1String("options"), optionsToJson(run.options)},
                                {QLatin1String("imagePng"), encodePng(run.image)},
                                {QLatin1String("steps"), run.stepCount},
                                {QLatin1String("seconds"), run.seconds},
                                {QLatin1String("device"), run.device},
                                {QLatin1String("error"), run.error},
                                {QLatin1String("finishedAt"), run.finishedAt.toString(Qt::ISODateWithMs)}});
    }
    return {{QLatin1String("format"), kFormatName},
            {QLatin1String("version"), kFormatVersion},
            {QLatin1String("photo"), photo},
            {QLatin1String("nextRegionId"), project.nextRegionId},
            {QLatin1String("regions"), regions},
            {QLatin1String("runs"), runs}};
}

std::optional<Project> ProjectFile::fromJson(const QJsonObject &json, const QString &projectFolder, QString *error)
{
    if (json.value(QLatin1String("format")).toString() != kFormatName) {
        if (error)
            *error = tr("It is not a GlyphLab project.");
        return std::nullopt;
    }
    if (json.value(QLatin1String("version")).toInt() > kFormatVersion) {
        if (error)
            *error = tr("It was written by a newer GlyphLab (format %1; this version reads up to %2).")
                         .arg(json.value(QLatin1String("version")).toInt()).arg(kFormatVersion);
        return std::nullopt;
    }
    Project project;
    const QJsonObject photo = json.value(QLatin1String("photo")).toObject();
    project.photoPath = photo.value(QLatin1String("path")).toString();
    const QString relative = photo.value(QLatin1String("relativePath")).toString();
    // A project moved together with its photo finds the photo beside it again.
    if (!projectFolder.isEmpty() && !relative.isEmpty() && !QFileInfo::exists(project.photoPath)) {
        const QString candidate = QDir(projectFolder).absoluteFilePath(relative);
        if (QFileInfo::exists(candidate))
            project.photoPath = QDir::cleanPath(candidate);
    }
    project.photoSize = QSize(photo.value(QLatin1String("width")).toInt(), photo.value(QLatin1String("height")).toInt());
    project.nextRegionId = std::max(1, json.value(QLatin1String("nextRegionId")).toInt(1));

    for (const QJsonValue &value : json.value(QLatin1String("regions")).toArray()) {
        const QJsonObject object = value.toObject();
        TextRegion region;
        region.id = object.value(QLatin1String("id")).toInt();
        region.name = object.value(QLatin1String("name")).toString();
        region.rect = rectFromJson(object.value(QLatin1String("rect")).toObject());
        region.ocrBefore = object.value(QLatin1String("ocrBefore")).toString();
        region.ocrAfter = object.value(QLatin1String("ocrAfter")).toString();
        region.status = statusFromKey(object.value(QLatin1String("status")).toString());
        if (region.id <= 0 || region.rect.isEmpty() || project.region(region.id)) {
            if (error)
                *error = tr("Region %1 has no valid id or rectangle.").arg(project.regions.size() + 1);
            return std::nullopt;
        }
        project.nextRegionId = std::max(project.nextRegionId, region.id + 1);
        project.regions.append(region);
    }
    for (const QJsonValue &value : json.value(QLatin1String("runs")).toArray()) {
        const QJsonObject object = value.toObject();
        RegionRun run;
        run.regionId = object.value(QLatin1String("regionId")).toInt();
        run.methodId = object.value(QLatin1String("method")).toString();
        run.options = optionsFromJson(object.value(QLatin1String("options")).toObject());
        run.image = decodePng(object.value(QLatin1String("imagePng")).toString());
        run.stepCount = object.value(QLatin1String("steps")).toInt();
        run.seconds = object.value(QLatin1String("seconds")).toDouble();
        run.device = object.value(QLatin1String("device")).toString();
        run.error = object.value(QLatin1String("error")).toString();
        run.finishedAt = QDateTime::fromString(object.value(QLatin1String("finishedAt")).toString(), Qt::ISODateWithMs);
        if (!project.region(run.regionId))
            continue; // a run of a region that is gone is of no use
        if (run.error.isEmpty() && run.image.isNull()) {
            if (error)
                *error = tr("The result image of a run of region %1 is damaged.").arg(run.regionId);
            return std::nullopt;
        }
        project.runs.append(run);
    }
    return project;
}

bool ProjectFile::save(const Project &project, const QString &path, QString *error)
{
    const QByteArray bytes = QJsonDocument(toJson(project, QFileInfo(path).absolutePath())).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write \"%1\": %2.").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write \"%1\": %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<Project> ProjectFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read \"%1\": %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = tr("\"%1\" is not a GlyphLab project: %2.").arg(path, parseError.errorString());
        return std::nullopt;
    }
    QString reason;
    auto project = fromJson(document.object(), QFileInfo(path).absolutePath(), &reason);
    if (!project && error)
        *error = tr("Cannot open \"%1\": %2").arg(path, reason);
    return project;
}
