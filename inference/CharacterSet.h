#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The project recognizer's alphabet: case-insensitive digits and letters plus the punctuation
// the generator emits. Class 0 is the CTC blank (and GlyphSR's "empty slot"); spaces are not
// classes (TextZoom's protocol ignores them).
class CharacterSet
{
public:
    static const QString &characters();        // "0123456789abcdefghijklmnopqrstuvwxyz-.,'!&:$%/"
    static int classCount();                   // characters() + 1 (the blank)
    // Lower-cases and maps to classes 1..N; characters outside the set are dropped.
    static QList<int> encode(const QString &text);
    static QChar character(int classIndex);    // '\0' for the blank or an invalid index
    static QString decode(const QList<int> &classes);
    // One name per class, for CtcGreedyDecoder: "" (blank), then each character.
    static QStringList classNames();
};
