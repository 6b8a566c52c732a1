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

    static std::optional<DemoScene> load(QString *error);

    QString photoPath;
    QList<Region> regions;
};
