#include "ImageWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>
#include <QTemporaryFile>

bool ImageWriter::savePng(const QImage &image, const QString &path, QString *error)
{
    if (image.isNull()) {
        if (error)
            *error = tr("There is no image to save.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write \"%1\": %2.").arg(path, file.errorString());
        return false;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        if (error)
            *error = tr("Cannot encode \"%1\" as PNG: %2.").arg(path, writer.errorString());
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write \"%1\": %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ImageWriter::ensureWritableFolder(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        if (error)
            *error = tr("\"%1\" exists and is not a folder.").arg(path);
        return false;
    }
    if (!info.exists() && !QDir().mkpath(path)) {
        if (error)
            *error = tr("Cannot create the folder \"%1\".").arg(path);
        return false;
    }
    // Permission bits don't tell the truth for root or on read-only mounts: try it.
    QTemporaryFile probe(QDir(path).filePath(QStringLiteral(".glyphlab-write-test-XXXXXX")));
    if (!probe.open()) {
        if (error)
            *error = tr("The folder \"%1\" cannot be written to: %2.").arg(path, probe.errorString());
        return false;
    }
    return true;
}
