#include "TextLineSynthesizer.h"

#include "GlyphPainter.h"
#include "SeededRandom.h"
#include "TextLineRenderer.h"

#include <QRawFont>

#include <stdexcept>

TextLineSynthesizer::TextLineSynthesizer(const SynthesisSettings &settings, FontCatalog fonts, TextCorpus corpus)
    : m_settings(settings)
    , m_fonts(std::move(fonts))
    , m_corpus(std::move(corpus))
    , m_degradation(settings.preset)
{
    if (m_fonts.isEmpty())
        throw std::runtime_error(m_fonts.emptyMessage().toStdString());
    if (settings.scale < 1 || settings.lowResolution().isEmpty())
        throw std::runtime_error(tr("The scale %1 leaves no low-resolution image of %2×%3.")
                                     .arg(settings.scale).arg(settings.highResolution.width())
                                     .arg(settings.highResolution.height()).toStdString());
}

TextLineSample TextLineSynthesizer::sample(quint64 index) const
{
    SeededRandom random = SeededRandom::forStream(m_settings.seed, index);
    const QStringList &files = m_fonts.files();
    // A font may lack a character ('$', '&'): draw another text, then another font.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString &file = files.at(random.integer(0, int(files.size()) - 1));
        const QRawFont &font = GlyphPainter::cachedFont(file);
        const QString text = m_corpus.sample(random, m_settings.maxCharacters);
        if (!font.isValid() || !TextLineRenderer::canRender(font, text))
            continue;
        TextLineSample sample = TextLineRenderer::render(text, font, m_settings.highResolution, random);
        sample.fontFile = file;
        sample.lowResolution = m_degradation.apply(sample.highResolution, m_settings.lowResolution(), random);
        return sample;
    }
    throw std::runtime_error(tr("No font could draw sample %1.").arg(index).toStdString());
}
