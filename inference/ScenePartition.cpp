#include "ScenePartition.h"

namespace ScenePartitions {

QList<ScenePartition> all()
{
    return {ScenePartition::CleanGlyphsCleanImage, ScenePartition::CleanGlyphsDegradedImage,
            ScenePartition::DegradedGlyphsCleanImage, ScenePartition::DegradedGlyphsDegradedImage};
}

QString name(ScenePartition partition)
{
    switch (partition) {
    case ScenePartition::CleanGlyphsCleanImage:
        return QStringLiteral("cc");
    case ScenePartition::CleanGlyphsDegradedImage:
        return QStringLiteral("cd");
    case ScenePartition::DegradedGlyphsCleanImage:
        return QStringLiteral("dc");
    case ScenePartition::DegradedGlyphsDegradedImage:
        return QStringLiteral("dd");
    }
    return QString();
}

std::optional<ScenePartition> parse(const QString &name)
{
    const QString wanted = name.trimmed();
    for (const ScenePartition partition : all()) {
        if (wanted.compare(ScenePartitions::name(partition), Qt::CaseInsensitive) == 0)
            return partition;
    }
    return std::nullopt;
}

bool degradedGlyphs(ScenePartition partition)
{
    return partition == ScenePartition::DegradedGlyphsCleanImage
        || partition == ScenePartition::DegradedGlyphsDegradedImage;
}

bool degradedImage(ScenePartition partition)
{
    return partition == ScenePartition::CleanGlyphsDegradedImage
        || partition == ScenePartition::DegradedGlyphsDegradedImage;
}

} // namespace ScenePartitions
