#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Finds GlyphLab's own model files: $GLYPHLAB_MODELS first, then the models/ folders that
// ResourceLocator knows (the build tree, the install prefix, the source tree's resources/).
class ModelLocator
{
    Q_DECLARE_TR_FUNCTIONS(ModelLocator)

public:
    static QStringList folders();
    // The path of the first existing `fileName` (e.g. "glyphsr.json"); empty and a message
    // naming the folders searched otherwise.
    static QString find(const QString &fileName, QString *error);
};
