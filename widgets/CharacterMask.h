#pragma once

#include <QImage>
#include <QMetaType>
#include <QString>

// Where one character is, as a soft mask over a crop, and what it was read as.
struct CharacterMask
{
    QImage mask;   // Grayscale8 (other formats are converted), 0 = not this character
    QString label; // e.g. "a 0.93"; may be empty
};

Q_DECLARE_METATYPE(CharacterMask)
