#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

// Writes images atomically (QSaveFile): a failed or interrupted write never leaves a
// half-written file in place of a good one.
class ImageWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImageWriter)

public:
    static bool savePng(const QImage &image, const QString &path, QString *error);
    // Creates the folder (and its parents) if needed; false and a message if it can't.
    static bool ensureWritableFolder(const QString &path, QString *error);
};
