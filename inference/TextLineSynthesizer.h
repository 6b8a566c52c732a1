#pragma once

#include "DegradationPipeline.h"
#include "FontCatalog.h"
#include "SynthesisSettings.h"
#include "TextCorpus.h"
#include "TextLineSample.h"

#include <QCoreApplication>

// The data engine for text lines: sample i of a data set is a function of (seed, i) only, so
// data sets are reproducible, can be generated in parallel, and a test set is fixed by its seed.
// Thread-safe: sample() may be called from several threads at once.
class TextLineSynthesizer
{
    Q_DECLARE_TR_FUNCTIONS(TextLineSynthesizer)

public:
    // Throws std::runtime_error when the catalog has no fonts.
    TextLineSynthesizer(const SynthesisSettings &settings, FontCatalog fonts, TextCorpus corpus);

    const SynthesisSettings &settings() const { return m_settings; }
    const FontCatalog &fonts() const { return m_fonts; }
    TextLineSample sample(quint64 index) const;

private:
    SynthesisSettings m_settings;
    FontCatalog m_fonts;
    TextCorpus m_corpus;
    DegradationPipeline m_degradation;
};
