#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class SeededRandom;

// Where the generator's strings come from: dictionary words (Debian's wamerican), numbers,
// prices, codes and short phrases, in lower, Title and UPPER case. The dictionary is split by a
// hash of each word into a training part and a held-out evaluation part (one word in ten), so
// test sets contain words no model was trained on.
class TextCorpus
{
    Q_DECLARE_TR_FUNCTIONS(TextCorpus)

public:
    enum class Split { Training, Evaluation };

    static QString defaultWordListPath();
    // Reads a word list (one word per line). Keeps plain ASCII words of 2..14 letters.
    // Throws std::runtime_error when the file is unreadable or yields no words.
    static TextCorpus fromWordList(const QString &path, Split split);
    static TextCorpus fromWords(const QStringList &words);

    // The characters the generator can emit besides letters, digits and the space.
    static QString punctuation();
    static bool isHeldOut(const QString &word);

    int wordCount() const { return m_words.size(); }
    const QStringList &words() const { return m_words; }
    // A string of at most maxCharacters non-space characters.
    QString sample(SeededRandom &random, int maxCharacters) const;

private:
    QString word(SeededRandom &random) const;
    QString number(SeededRandom &random) const;

    QStringList m_words;
};
