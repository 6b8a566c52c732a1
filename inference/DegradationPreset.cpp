#include "DegradationPreset.h"

namespace DegradationPresets {

QList<DegradationPreset> all()
{
    return {DegradationPreset::Easy, DegradationPreset::Medium, DegradationPreset::Hard};
}

QString name(DegradationPreset preset)
{
    switch (preset) {
    case DegradationPreset::Easy:
        return QStringLiteral("easy");
    case DegradationPreset::Medium:
        return QStringLiteral("medium");
    case DegradationPreset::Hard:
        return QStringLiteral("hard");
    }
    return QString();
}

std::optional<DegradationPreset> parse(const QString &name)
{
    const QString wanted = name.trimmed();
    for (const DegradationPreset preset : all()) {
        if (wanted.compare(DegradationPresets::name(preset), Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

} // namespace DegradationPresets
