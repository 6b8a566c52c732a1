#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <stdexcept>

class QDataStream;

// The container both shard kinds share: a header (magic, version, HR and LR size, count, record
// length), the records, and a trailing checksum. Written through QSaveFile, so nothing appears
// under the final name unless the whole file was written. Text-line shards (*.glsh) and scene
// shards (*.glsc) differ in magic and in what a record holds.
class ShardFile
{
    Q_DECLARE_TR_FUNCTIONS(ShardFile)

public:
    static constexpr quint32 lineMagic = 0x474C5348;  // "GLSH"
    static constexpr quint32 sceneMagic = 0x474C5343; // "GLSC"

    struct Header
    {
        quint32 magic = 0;
        quint32 version = 0;
        QSize highResolution;
        QSize lowResolution;
        int count = 0;
    };

    // False and a message on failure.
    static bool write(const QString &path, const Header &header, const QByteArray &records, QString *error);
    // Checks magic, version, sizes, length and checksum; returns the records and fills `header`.
    // Throws std::runtime_error naming the file and what is wrong with it.
    static QByteArray read(const QString &path, quint32 magic, quint32 version, Header *header);
    static std::runtime_error failure(const QString &path, const QString &why);

    static void writePlanes(QDataStream &out, const QImage &image, QImage::Format format, int bytesPerPixel);
    static QImage readPlanes(QDataStream &in, const QSize &size, QImage::Format format, int bytesPerPixel);
};
