#pragma once

#include "Project.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QString>

// Writes restored regions out of a project: each crop as PNG with a JSON sidecar that says
// where it came from and how it was made, and the photo with the restored crops pasted back.
// Refuses any path that is the project's photo: GlyphLab never writes over its input.
class RegionExporter
{
    Q_DECLARE_TR_FUNCTIONS(RegionExporter)

public:
    // "<crop>.png" → "<crop>.json".
    static QString sidecarPath(const QString &pngPath);
    // "<photo>_<region>_<method>_x<scale>.png", no folder.
    static QString suggestedFileName(const Project &project, const TextRegion &region, const RegionRun &run);
    static QJsonObject sidecar(const Project &project, const TextRegion &region, const RegionRun &run);

    // The PNG and its sidecar; false and a message on failure (nothing half-written).
    static bool exportRun(const Project &project, const TextRegion &region, const RegionRun &run,
                          const QString &pngPath, QString *error);
    // The latest successful run of every region into `folder`; returns how many were written.
    static int exportAll(const Project &project, const QString &folder, QString *error);

    // The photo with each region's latest successful result scaled back to the region's size
    // (area-averaging, smooth) and pasted in place.
    static QImage pasteBack(const QImage &photo, const Project &project);
    static bool exportPastedPhoto(const QImage &photo, const Project &project, const QString &path, QString *error);

private:
    static bool isSourcePhoto(const Project &project, const QString &path);
};
