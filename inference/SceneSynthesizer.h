#pragma once

#include "DegradationPipeline.h"
#include "DegradationPreset.h"
#include "FontCatalog.h"
#include "SceneSample.h"
#include "ScenePartition.h"
#include "TextCorpus.h"

#include <QCoreApplication>
#include <QSize>

#include <optional>

// The data engine for scene tiles (GLYPH-SR's scene-level corpus): a square procedural surface,
// sometimes with a sign panel on it, carrying 1–4 non-overlapping text lines. Every word's text
// and box and the whole text mask are known exactly. The partition decides glyph quality (the
// text layer blurred and noisy before compositing) and image quality (a mild global degradation
// of the HR tile); the LR tile is always DegradationPipeline(preset) at HR / scale.
// Sample i is a function of (seed, i) only. Thread-safe: sample() may run on several threads.
class SceneSynthesizer
{
    Q_DECLARE_TR_FUNCTIONS(SceneSynthesizer)

public:
    struct Settings
    {
        int tile = 256;  // HR tile side in pixels
        int scale = 4;   // LR = HR / scale (4 or 8 in GLYPH-SR)
        DegradationPreset preset = DegradationPreset::Medium;
        quint64 seed = 1;
        // Unset: partition = index % 4 (cc, cd, dc, dd), so every run holds all four equally.
        std::optional<ScenePartition> partition;
        int maxLines = 4;
        int maxCharacters = 16; // non-space characters per line

        QSize highResolution() const { return QSize(tile, tile); }
        QSize lowResolution() const { return highResolution() / scale; }
    };

    // Throws std::runtime_error when the catalog has no fonts or the sizes make no sense.
    SceneSynthesizer(const Settings &settings, FontCatalog fonts, TextCorpus corpus);

    const Settings &settings() const { return m_settings; }
    const FontCatalog &fonts() const { return m_fonts; }
    ScenePartition partitionOf(quint64 index) const;
    SceneSample sample(quint64 index) const;

    // The mild whole-image degradation of the "degraded image" partitions (HR size in and out).
    static DegradationPipeline::Settings imageDegradation();

private:
    Settings m_settings;
    FontCatalog m_fonts;
    TextCorpus m_corpus;
    DegradationPipeline m_degradation;
    DegradationPipeline m_imageDegradation;
};
