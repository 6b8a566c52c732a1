#include "DatasetShardReader.h"

#include "DatasetChecksum.h"
#include "DatasetShardWriter.h"

#include <QDataStream>
#include <QDir>
#include <QFile>

#include <stdexcept>

namespace {

QImage readPlanes(QDataStream &in, const QSize &size, QImage::Format format, int bytesPerPixel)
{
    QImage image(size, format);
    for (int y = 0; y < size.height(); ++y)
        in.readRawData(reinterpret_cast<char *>(image.scanLine(y)), size.width() * bytesPerPixel);
    return image;
}

} // namespace

std::vector<TextLineSample> DatasetShardReader::read(const QString &path, QSize *highResolution, QSize *lowResolution)
{
    const auto fail = [&path](const QString &why) {
        return std::runtime_error(tr("The data set shard %1 cannot be used: %2").arg(path, why).toStdString());
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw fail(file.errorString());
    QDataStream header(&file);
    header.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0, version = 0;
    qint32 hw = 0, hh = 0, lw = 0, lh = 0, count = 0;
    quint64 recordBytes = 0;
    header >> magic >> version >> hw >> hh >> lw >> lh >> count >> recordBytes;
    if (header.status() != QDataStream::Ok || magic != DatasetShardWriter::magic)
        throw fail(tr("it is not a GlyphLab shard."));
    if (version != DatasetShardWriter::version)
        throw fail(tr("it has format version %1; this program reads version %2.").arg(version).arg(DatasetShardWriter::version));
    if (hw <= 0 || hh <= 0 || lw <= 0 || lh <= 0 || hw > 4096 || hh > 4096 || count < 0
        || recordBytes > quint64(file.size()))
        throw fail(tr("its header is damaged."));
    const QByteArray records = file.read(qint64(recordBytes));
    quint64 storedChecksum = 0;
    header >> storedChecksum;
    if (quint64(records.size()) != recordBytes || header.status() != QDataStream::Ok)
        throw fail(tr("it is truncated."));
    if (DatasetChecksum::of(records) != storedChecksum)
        throw fail(tr("its checksum does not match (the file is damaged)."));

    const QSize high(hw, hh), low(lw, lh);
    QDataStream in(records);
    in.setVersion(QDataStream::Qt_6_0);
    std::vector<TextLineSample> samples;
    samples.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        TextLineSample sample;
        in >> sample.text >> sample.fontFile;
        sample.highResolution = readPlanes(in, high, QImage::Format_RGB888, 3);
        sample.lowResolution = readPlanes(in, low, QImage::Format_RGB888, 3);
        sample.characterIndex = readPlanes(in, high, QImage::Format_Grayscale8, 1);
        sample.lineMask = readPlanes(in, high, QImage::Format_Grayscale8, 1);
        quint32 boxes = 0;
        in >> boxes;
        if (boxes > 256)
            throw fail(tr("sample %1 is damaged.").arg(i));
        for (quint32 b = 0; b < boxes; ++b) {
            float x = 0, y = 0, w = 0, h = 0;
            in >> x >> y >> w >> h;
            sample.characterBoxes.append(QRectF(x, y, w, h));
        }
        if (in.status() != QDataStream::Ok)
            throw fail(tr("sample %1 is damaged.").arg(i));
        samples.push_back(std::move(sample));
    }
    if (highResolution)
        *highResolution = high;
    if (lowResolution)
        *lowResolution = low;
    return samples;
}

std::vector<TextLineSample> DatasetShardReader::readFolder(const QString &folder)
{
    const QStringList shards = QDir(folder).entryList({QStringLiteral("*.glsh")}, QDir::Files, QDir::Name);
    if (shards.isEmpty())
        throw std::runtime_error(tr("%1 contains no data set shards (*.glsh). Make one with "
                                    "glyphlab-cli synth.").arg(folder).toStdString());
    std::vector<TextLineSample> all;
    for (const QString &name : shards) {
        std::vector<TextLineSample> part = read(QDir(folder).filePath(name));
        all.insert(all.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    return all;
}
