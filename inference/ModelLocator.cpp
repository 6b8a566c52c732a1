#include "ModelLocator.h"

#include "ResourceLocator.h"

#include <QDir>
#include <QFileInfo>

QStringList ModelLocator::folders()
{
    QStringList result;
    const QString fromEnvironment = qEnvironmentVariable("GLYPHLAB_MODELS");
    if (!fromEnvironment.isEmpty())
        result << fromEnvironment;
    result << ResourceLocator::candidates(QStringLiteral("models"));
    return result;
}

QString ModelLocator::find(const QString &fileName, QString *error)
{
    const QStringList searched = folders();
    for (const QString &folder : searched) {
        const QString path = QDir(folder).filePath(fileName);
        if (QFileInfo::exists(path))
            return path;
    }
    if (error)
        *error = tr("The model file %1 was not found in %2. Train it with glyphlab-cli train, or set GLYPHLAB_MODELS.")
                     .arg(fileName, searched.join(QStringLiteral(", ")));
    return {};
}
