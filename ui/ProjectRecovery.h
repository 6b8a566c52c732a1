#pragma once

#include "Project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// The autosaved copy of an unsaved project, in QStandardPaths::AppLocalDataLocation. It is
// removed when the window closes normally or the project is saved, so finding it at start-up
// means the last session ended without either: it is offered back to the user.
class ProjectRecovery
{
    Q_DECLARE_TR_FUNCTIONS(ProjectRecovery)

public:
    struct Snapshot
    {
        Project project;
        QString projectPath; // the .glyphlab file it belongs to; empty if never saved
        QDateTime savedAt;
    };

    static QString filePath();
    static bool exists();
    static bool write(const Project &project, const QString &projectPath, QString *error);
    static std::optional<Snapshot> read(QString *error);
    static void remove();
};
