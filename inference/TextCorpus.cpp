#include "TextCorpus.h"

#include "SeededRandom.h"

#include <QFile>
#include <QTextStream>

#include <stdexcept>

namespace {

QString applyCase(const QString &text, SeededRandom &random)
{
    const double pick = random.uniform();
    if (pick < 0.40)
        return text.toLower();
    if (pick < 0.75)
        return text.left(1).toUpper() + text.mid(1).toLower();
    return text.toUpper();
}

int nonSpaceLength(const QString &text)
{
    return int(text.size() - text.count(QLatin1Char(' ')));
}

} // namespace

QString TextCorpus::defaultWordListPath()
{
    return QStringLiteral("/usr/share/dict/american-english");
}

QString TextCorpus::punctuation()
{
    return QStringLiteral("-.,'!&:$%/");
}

bool TextCorpus::isHeldOut(const QString &word)
{
    // FNV-1a of the lower-case word: stable across platforms and Qt versions.
    quint32 hash = 2166136261u;
    for (const QChar c : word.toLower()) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash % 10 == 0;
}

TextCorpus TextCorpus::fromWordList(const QString &path, Split split)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw std::runtime_error(tr("Cannot read the word list %1: %2 (Debian package wamerican).")
                                     .arg(path, file.errorString()).toStdString());
    QStringList words;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.size() < 2 || line.size() > 14)
            continue;
        bool plain = true;
        for (const QChar c : line) {
            if (c.unicode() > 127 || !c.isLetter()) {
                plain = false;
                break;
            }
        }
        if (plain && isHeldOut(line) == (split == Split::Evaluation))
            words.append(line);
    }
    if (words.isEmpty())
        throw std::runtime_error(tr("The word list %1 contains no usable words.").arg(path).toStdString());
    return fromWords(words);
}

TextCorpus TextCorpus::fromWords(const QStringList &words)
{
    if (words.isEmpty())
        throw std::runtime_error(tr("The word list is empty.").toStdString());
    TextCorpus corpus;
    corpus.m_words = words;
    return corpus;
}

QString TextCorpus::word(SeededRandom &random) const
{
    return m_words.at(random.integer(0, int(m_words.size()) - 1));
}

QString TextCorpus::number(SeededRandom &random) const
{
    const double pick = random.uniform();
    if (pick < 0.35)
        return QString::number(random.integer(0, pick < 0.15 ? 99 : 99999));
    if (pick < 0.55)
        return QStringLiteral("$%1.%2").arg(random.integer(1, 999)).arg(random.integer(0, 99), 2, 10, QLatin1Char('0'));
    if (pick < 0.70)
        return QString::number(random.integer(1950, 2030));
    if (pick < 0.85)
        return QStringLiteral("%1-%2").arg(random.integer(100, 999)).arg(random.integer(1000, 9999));
    return QStringLiteral("%1%").arg(random.integer(1, 99));
}

QString TextCorpus::sample(SeededRandom &random, int maxCharacters) const
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        const double pick = random.uniform();
        QString text;
        if (pick < 0.62) {
            text = applyCase(word(random), random);
        } else if (pick < 0.74) {
            text = number(random);
        } else if (pick < 0.84) {
            text = applyCase(word(random), random) + QLatin1Char(' ') + number(random);
        } else if (pick < 0.94) {
            const QString second = word(random);
            text = applyCase(word(random) + QLatin1Char(' ') + second, random);
        } else {
            // Words with punctuation, as on signs: "Open!", "Tom's", "A&B", "Exit:".
            const QString marks = punctuation();
            const QChar mark = marks.at(random.integer(0, int(marks.size()) - 1));
            text = applyCase(word(random), random) + mark;
            if (mark == QLatin1Char('&') || mark == QLatin1Char('-') || mark == QLatin1Char('/'))
                text += applyCase(word(random), random).left(random.integer(1, 5));
        }
        if (nonSpaceLength(text) <= maxCharacters && nonSpaceLength(text) >= 1)
            return text;
    }
    return applyCase(word(random), random).left(maxCharacters);
}
