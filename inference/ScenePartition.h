#pragma once

#include <QList>
#include <QString>

#include <optional>

// GLYPH-SR's four-partition scene corpus: glyph quality (is the text layer itself blurred and
// noisy before compositing?) crossed with image quality (does the whole high-resolution tile
// carry a mild global degradation?). The LR image is degraded in every partition.
enum class ScenePartition {
    CleanGlyphsCleanImage,       // "cc"
    CleanGlyphsDegradedImage,    // "cd"
    DegradedGlyphsCleanImage,    // "dc"
    DegradedGlyphsDegradedImage, // "dd"
};

namespace ScenePartitions {

QList<ScenePartition> all();
// "cc", "cd", "dc", "dd": the names used on the command line and in shards.
QString name(ScenePartition partition);
// Accepts the names above, ignoring case and surrounding spaces; nullopt for anything else.
std::optional<ScenePartition> parse(const QString &name);
bool degradedGlyphs(ScenePartition partition);
bool degradedImage(ScenePartition partition);

} // namespace ScenePartitions
