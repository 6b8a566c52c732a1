#include "LanguageModelFile.h"

#include "CharacterSet.h"
#include "ModelLocator.h"
#include "SeededRandom.h"
#include "TextCorpus.h"

#include <QFileInfo>
#include <QJsonObject>

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

CharacterLanguageModel LanguageModelFile::build(const TextCorpus &corpus, int lines, quint64 seed, int order, int maxCharacters)
{
    QList<QList<int>> encoded;
    encoded.reserve(lines);
    for (int i = 0; i < lines; ++i) {
        SeededRandom random = SeededRandom::forStream(seed, quint64(i));
        encoded.append(CharacterSet::encode(corpus.sample(random, maxCharacters)));
    }
    return CharacterLanguageModel(encoded, order, CharacterSet::classCount());
}

LanguageModelFile::Loaded LanguageModelFile::load(const QString &manifestPath)
{
    Loaded loaded;
    loaded.manifest = ModelManifest::read(manifestPath);
    const ModelManifest &m = loaded.manifest;
    m.verifyArchitecture(manifestPath, QStringLiteral("language-model"),
                         QJsonObject{{QStringLiteral("characters"), CharacterSet::characters()}});
    const QString wordList = m.training.value(QStringLiteral("wordList")).toString(TextCorpus::defaultWordListPath());
    if (!QFileInfo::exists(wordList))
        throw std::runtime_error(tr("%1 is built from the word list %2, which is missing (Debian package wamerican).")
                                     .arg(manifestPath, wordList).toStdString());
    const QString expected = m.training.value(QStringLiteral("wordListSha256")).toString();
    const QString actual = ModelManifest::sha256Of(wordList);
    if (!expected.isEmpty() && actual != expected)
        throw std::runtime_error(tr("%1 was made from another version of the word list %2 (SHA-256 %3…, here %4…): "
                                    "run glyphlab-cli train language-model again.")
                                     .arg(manifestPath, wordList, expected.left(12), actual.left(12)).toStdString());
    const QJsonObject a = m.architecture;
    loaded.model = build(TextCorpus::fromWordList(wordList, TextCorpus::Split::Training),
                         m.training.value(QStringLiteral("lines")).toInt(200000),
                         m.training.value(QStringLiteral("seed")).toString(QStringLiteral("1")).toULongLong(),
                         a.value(QStringLiteral("order")).toInt(6), a.value(QStringLiteral("maxCharacters")).toInt(16));
    loaded.decoding.beamWidth = a.value(QStringLiteral("beamWidth")).toInt(loaded.decoding.beamWidth);
    loaded.decoding.languageWeight = a.value(QStringLiteral("languageWeight")).toDouble(loaded.decoding.languageWeight);
    loaded.decoding.lengthBonus = a.value(QStringLiteral("lengthBonus")).toDouble(loaded.decoding.lengthBonus);
    return loaded;
}

const LanguageModelFile::Loaded *LanguageModelFile::installed(QString *error)
{
    QString notFound;
    const QString path = ModelLocator::find(QStringLiteral("language-model.json"), &notFound);
    if (path.isEmpty()) {
        if (error)
            *error = notFound;
        return nullptr;
    }
    // Loaded once per file: every GlyphSR pass may ask, and rebuilding takes about a second.
    struct Entry
    {
        std::unique_ptr<Loaded> loaded;
        QString failure;
    };
    static std::mutex mutex;
    static std::map<QString, Entry> cache;
    const std::lock_guard<std::mutex> lock(mutex);
    auto [it, inserted] = cache.try_emplace(path);
    if (inserted) {
        try {
            it->second.loaded = std::make_unique<Loaded>(load(path));
        } catch (const std::exception &e) {
            it->second.failure = QString::fromUtf8(e.what());
        }
    }
    if (!it->second.loaded && error)
        *error = it->second.failure;
    return it->second.loaded.get();
}
