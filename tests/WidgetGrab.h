#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QString>
#include <QWidget>

// Saves a widget's rendering under the build tree (GLYPHLAB_GRAB_DIR) for a person to look at;
// returns the path, or an empty string when it could not be written.
inline QString saveWidgetGrab(QWidget *widget, const QString &name)
{
    const QDir dir(QStringLiteral(GLYPHLAB_GRAB_DIR));
    if (!dir.mkpath(QStringLiteral(".")))
        return {};
    const QString path = dir.filePath(name);
    // Let pending layout requests and queued repaints run, as the event loop would on screen.
    QCoreApplication::processEvents();
    const QPixmap shot = widget->grab();
    if (shot.isNull() || !shot.save(path))
        return {};
    qInfo("grab: %s", qPrintable(path));
    return path;
}

// The real photos and crops shared by the team (see ../shared/README), or an empty string.
inline QString sharedDataFile(const QString &relativePath)
{
    const QString path = QDir(QStringLiteral(GLYPHLAB_SHARED_DATA)).filePath(relativePath);
    return QFile::exists(path) ? path : QString();
}
