#pragma once

#include <QList>
#include <QString>

#include <optional>

// How strongly synthetic low-resolution training images are degraded (see DegradationPipeline).
enum class DegradationPreset { Easy, Medium, Hard };

namespace DegradationPresets {

QList<DegradationPreset> all();
// "easy", "medium", "hard": the names used on the command line and in data set manifests.
QString name(DegradationPreset preset);
// Accepts the names above, ignoring case and surrounding spaces; nullopt for anything else.
std::optional<DegradationPreset> parse(const QString &name);

} // namespace DegradationPresets
