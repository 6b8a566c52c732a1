#pragma once

#include "Project.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// Reads and writes .glyphlab project files: one JSON document holding the photo's path
// (absolute and relative to the project file), the regions and every run, with each run's
// result image embedded as base64 PNG. One self-contained file is written atomically by
// QSaveFile, so a project can't end up half-saved or lose its images when it is copied or
// mailed; result crops are small (a region times 2–4), so the 4/3 base64 cost is acceptable.
// The photo itself is referenced, never embedded.
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    static constexpr int kFormatVersion = 1;
    static QString suffix() { return QStringLiteral("glyphlab"); }

    static bool save(const Project &project, const QString &path, QString *error);
    static std::optional<Project> load(const QString &path, QString *error);

    // `projectFolder` resolves the photo's relative path (empty: absolute path only).
    static QJsonObject toJson(const Project &project, const QString &projectFolder);
    static std::optional<Project> fromJson(const QJsonObject &json, const QString &projectFolder, QString *error);

    // Shared with export sidecars.
    static QJsonObject optionsToJson(const RestoreOptions &options);
    static RestoreOptions optionsFromJson(const QJsonObject &json);
    static QString statusKey(TextRegion::Status status);
    static TextRegion::Status statusFromKey(const QString &key);
    static QJsonObject rectToJson(const QRect &rect);
    static QRect rectFromJson(const QJsonObject &json);
};
