#include "ResourceLocator.h"

#include <QDir>
#include <QFileInfo>

QStringList ResourceLocator::candidates(const QString &subfolder)
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("GLYPHLAB_DATA");
    if (!fromEnvironment.isEmpty())
        folders << QDir(fromEnvironment).filePath(subfolder);
    if (QCoreApplication::instance()) {
        const QDir exeDir(QCoreApplication::applicationDirPath());
        folders << QDir::cleanPath(exeDir.filePath(QStringLiteral("../share/glyphlab/") + subfolder));
    }
    folders << QDir(QStringLiteral(GLYPHLAB_SOURCE_RESOURCES_DIR)).filePath(subfolder);
    return folders;
}

QString ResourceLocator::find(const QString &subfolder, QString *error)
{
    const QStringList folders = candidates(subfolder);
    for (const QString &folder : folders) {
        if (QFileInfo(folder).isDir())
            return folder;
    }
    if (error)
        *error = tr("GlyphLab's \"%1\" folder was not found; looked in: %2. Set GLYPHLAB_DATA "
                    "to the folder that holds it.").arg(subfolder, folders.join(QStringLiteral(", ")));
    return {};
}
