#pragma once

#include <QCoreApplication>
#include <QStringList>

// Finds GlyphLab's data folders (demo photos, later models) in the places a build or an
// install puts them, and says where it looked when it finds nothing.
class ResourceLocator
{
    Q_DECLARE_TR_FUNCTIONS(ResourceLocator)

public:
    // In order: $GLYPHLAB_DATA/<sub>, <exe>/../share/glyphlab/<sub>, the source tree's resources/<sub>.
    static QStringList candidates(const QString &subfolder);
    // The first candidate that exists; empty and a message listing the candidates otherwise.
    static QString find(const QString &subfolder, QString *error);
};
