#include "RegionExporter.h"

#include "ImageWriter.h"
#include "ProjectFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

QString safeName(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    text = text.left(40);
    while (text.startsWith(QLatin1Char('-')))
        text.remove(0, 1);
    while (text.endsWith(QLatin1Char('-')))
        text.chop(1);
    return text;
}

} // namespace

QString RegionExporter::sidecarPath(const QString &pngPath)
{
    const QFileInfo info(pngPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
}

QString RegionExporter::suggestedFileName(const Project &project, const TextRegion &region, const RegionRun &run)
{
    QString name = safeName(region.name);
    if (name.isEmpty())
        name = QStringLiteral("region%1").arg(region.id);
    return QStringLiteral("%1_%2-%3_%4_x%5.png")
        .arg(QFileInfo(project.photoPath).completeBaseName(), QString::number(region.id), name, run.methodId)
        .arg(run.options.scale);
}

QJsonObject RegionExporter::sidecar(const Project &project, const TextRegion &region, const RegionRun &run)
{
    return {{QLatin1String("sourcePhoto"), project.photoPath},
            {QLatin1String("photoWidth"), project.photoSize.width()},
            {QLatin1String("photoHeight"), project.photoSize.height()},
            {QLatin1String("region"), QJsonObject{{QLatin1String("id"), region.id},
                                                   {QLatin1String("name"), region.name},
                                                   {QLatin1String("rect"), ProjectFile::rectToJson(region.rect)}}},
            {QLatin1String("method"), run.methodId},
            {QLatin1String("options"), ProjectFile::optionsToJson(run.options)},
            {QLatin1String("ocrBefore"), region.ocrBefore},
            {QLatin1String("ocrAfter"), region.ocrAfter},
            {QLatin1String("resultWidth"), run.image.width()},
            {QLatin1String("resultHeight"), run.image.height()},
            {QLatin1String("steps"), run.stepCount},
            {QLatin1String("seconds"), run.seconds},
            {QLatin1String("device"), run.device},
            {QLatin1String("finishedAt"), run.finishedAt.toString(Qt::ISODateWithMs)}};
}

bool RegionExporter::isSourcePhoto(const Project &project, const QString &path)
{
    if (project.photoPath.isEmpty())
        return false;
    const QFileInfo target(path);
    const QFileInfo photo(project.photoPath);
    if (target.exists() && photo.exists())
        return target.canonicalFilePath() == photo.canonicalFilePath();
    return target.absoluteFilePath() == photo.absoluteFilePath();
}

bool RegionExporter::exportRun(const Project &project, const TextRegion &region, const RegionRun &run,
                               const QString &pngPath, QString *error)
{
    if (!run.succeeded()) {
        if (error)
            *error = tr("Region “%1” has no restored result to export.").arg(region.name);
        return false;
    }
    const QString jsonPath = sidecarPath(pngPath);
    if (isSourcePhoto(project, pngPath) || isSourcePhoto(project, jsonPath)) {
        if (error)
            *error = tr("\"%1\" is the photo you opened; GlyphLab never writes over its input. "
                        "Choose another name.").arg(pngPath);
        return false;
    }
    if (!ImageWriter::savePng(run.image, pngPath, error))
        return false;
    QSaveFile file(jsonPath);
    const QByteArray bytes = QJsonDocument(sidecar(project, region, run)).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write \"%1\": %2.").arg(jsonPath, file.errorString());
        return false;
    }
    return true;
}

int RegionExporter::exportAll(const Project &project, const QString &folder, QString *error)
{
    if (!ImageWriter::ensureWritableFolder(folder, error))
        return 0;
    int written = 0;
    for (const TextRegion &region : project.regions) {
        const RegionRun *run = project.latestSuccessfulRun(region.id);
        if (!run)
            continue;
        if (!exportRun(project, region, *run, QDir(folder).filePath(suggestedFileName(project, region, *run)), error))
            return written;
        ++written;
    }
    if (written == 0 && error)
        *error = tr("No region has a restored result yet.");
    return written;
}

QImage RegionExporter::pasteBack(const QImage &photo, const Project &project)
{
    QImage pasted = photo.convertToFormat(QImage::Format_RGB32);
    QPainter painter(&pasted);
    for (const TextRegion &region : project.regions) {
        const RegionRun *run = project.latestSuccessfulRun(region.id);
        if (!run)
            continue;
        // Smooth scaling averages the restored pixels down to the region's size, which keeps
        // strokes sharp without the aliasing of sampling every n-th pixel.
        const QImage scaled = run->image.scaled(region.rect.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        painter.drawImage(region.rect.topLeft(), scaled);
    }
    painter.end();
    return pasted;
}

bool RegionExporter::exportPastedPhoto(const QImage &photo, const Project &project, const QString &path, QString *error)
{
    if (isSourcePhoto(project, path)) {
        if (error)
            *error = tr("\"%1\" is the photo you opened; GlyphLab never writes over its input. "
                        "Choose another name.").arg(path);
        return false;
    }
    if (photo.isNull()) {
        if (error)
            *error = tr("There is no photo to export.");
        return false;
    }
    return ImageWriter::savePng(pasteBack(photo, project), path, error);
}
