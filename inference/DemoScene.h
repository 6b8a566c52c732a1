#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRect>
#include <QString>

#include <optional>

// The bundled demo: a photo and the text regions the demo restores (resources/demo/demo.json).
class DemoScene
{
    Q_DECLARE_TR_FUNCTIONS(DemoScene)

public:
    struct Region
    {
        QString name;
        QRect rect;
    };

    // The first scene (the one `glyphlab --demo` restores).
    static std::optional<DemoScene> load(QString *error);
    // Every scene: the top-level one, then those under "more" in demo.json.
    static QList<DemoScene> loadAll(QString *error);

    QString title;
    QString photoPath;
    QList<Region> regions;
};
