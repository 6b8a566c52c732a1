#include "ShardFile.h"

#include "DatasetChecksum.h"

#include <QDataStream>
#include <QFile>
#include <QSaveFile>

std::runtime_error ShardFile::failure(const QString &path, const QString &why)
{
    return std::runtime_error(tr("The data set shard %1 cannot be used: %2").arg(path, why).toStdString());
}

void ShardFile::writePlanes(QDataStream &out, const QImage &image, QImage::Format format, int bytesPerPixel)
{
    const QImage converted = image.convertToFormat(format);
    for (int y = 0; y < converted.height(); ++y)
        out.writeRawData(reinterpret_cast<const char *>(converted.constScanLine(y)), converted.width() * bytesPerPixel);
}

QImage ShardFile::readPlanes(QDataStream &in, const QSize &size, QImage::Format format, int bytesPerPixel)
{
    QImage image(size, format);
    for (int y = 0; y < size.height(); ++y)
        in.readRawData(reinterpret_cast<char *>(image.scanLine(y)), size.width() * bytesPerPixel);
    return image;
}

bool ShardFile::write(const QString &path, const Header &header, const QByteArray &records, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_0);
    out << header.magic << header.version << qint32(header.highResolution.width()) << qint32(header.highResolution.height())
        << qint32(header.lowResolution.width()) << qint32(header.lowResolution.height()) << qint32(header.count)
        << quint64(records.size());
    out.writeRawData(records.constData(), int(records.size()));
    out << DatasetChecksum::of(records);
    if (out.status() != QDataStream::Ok || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray ShardFile::read(const QString &path, quint32 magic, quint32 version, Header *header)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw failure(path, file.errorString());
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_0);
    Header h;
    qint32 hw = 0, hh = 0, lw = 0, lh = 0, count = 0;
    quint64 recordBytes = 0;
    in >> h.magic >> h.version >> hw >> hh >> lw >> lh >> count >> recordBytes;
    if (in.status() != QDataStream::Ok)
        throw failure(path, tr("it is not a GlyphLab shard."));
    if (h.magic != magic) {
        if (h.magic == sceneMagic)
            throw failure(path, tr("it holds scene tiles, not text lines (glyphlab-cli synth --mode scene)."));
        if (h.magic == lineMagic)
            throw failure(path, tr("it holds text lines, not scene tiles (glyphlab-cli synth --mode line)."));
        throw failure(path, tr("it is not a GlyphLab shard."));
    }
    if (h.version != version)
        throw failure(path, tr("it has format version %1; this program reads version %2.").arg(h.version).arg(version));
    if (hw <= 0 || hh <= 0 || lw <= 0 || lh <= 0 || hw > 4096 || hh > 4096 || count < 0
        || recordBytes > quint64(file.size()))
        throw failure(path, tr("its header is damaged."));
    const QByteArray records = file.read(qint64(recordBytes));
    quint64 storedChecksum = 0;
    in >> storedChecksum;
    if (quint64(records.size()) != recordBytes || in.status() != QDataStream::Ok)
        throw failure(path, tr("it is truncated."));
    if (DatasetChecksum::of(records) != storedChecksum)
        throw failure(path, tr("its checksum does not match (the file is damaged)."));
    h.highResolution = QSize(hw, hh);
    h.lowResolution = QSize(lw, lh);
    h.count = count;
    if (header)
        *header = h;
    return records;
}
