#pragma once

#include "CharacterLanguageModel.h"
#include "CtcBeamDecoder.h"
#include "ModelManifest.h"

#include <QCoreApplication>
#include <QString>

class TextCorpus;

// The reading language model as shipped: language-model.json holds the recipe (word list and its
// SHA-256, lines, seed, order) and the decoding weights tuned on held-apart training words; the
// counts themselves are rebuilt from Debian's word list when loaded, which takes about a second
// and keeps megabytes of counts out of resources/models.
class LanguageModelFile
{
    Q_DECLARE_TR_FUNCTIONS(LanguageModelFile)

public:
    struct Loaded
    {
        CharacterLanguageModel model;
        CtcBeamDecoder::Options decoding;
        ModelManifest manifest;
    };

    // The generator's own text (TextCorpus::sample, at most `maxCharacters` per line) as the
    // recognizer sees it: lower case, no spaces. Deterministic by seed.
    static CharacterLanguageModel build(const TextCorpus &corpus, int lines, quint64 seed, int order, int maxCharacters);
    // Throws std::runtime_error with a readable message (missing file, another word list, …).
    static Loaded load(const QString &manifestPath);
    // The installed language-model.json, loaded once per process; null and a message when it
    // cannot be.
    static const Loaded *installed(QString *error);
};
