#pragma once

#include <QMetaType>
#include <QRect>
#include <QString>

// One marked piece of text on the project's photo, in photo pixels.
struct TextRegion
{
    // Queued and Running are transient: a saved project stores them as New.
    enum class Status { New, Queued, Running, Restored, Failed };

    int id = 0;         // unique within a project, never reused while the project is open
    QString name;
    QRect rect;
    QString ocrBefore;  // what OCR read in the photo's crop
    QString ocrAfter;   // what OCR read in the latest restored crop
    Status status = Status::New;

    bool operator==(const TextRegion &other) const
    {
        return id == other.id && name == other.name && rect == other.rect && ocrBefore == other.ocrBefore
               && ocrAfter == other.ocrAfter && status == other.status;
    }
    bool operator!=(const TextRegion &other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(TextRegion)
