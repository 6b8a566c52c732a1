#include "DatasetShardReader.h"

#include "DatasetShardWriter.h"
#include "ShardFile.h"

#include <QDataStream>
#include <QDir>

#include <stdexcept>

std::vector<TextLineSample> DatasetShardReader::read(const QString &path, QSize *highResolution, QSize *lowResolution)
{
    const auto fail = [&path](const QString &why) { return ShardFile::failure(path, why); };
    ShardFile::Header header;
    const QByteArray records = ShardFile::read(path, DatasetShardWriter::magic, DatasetShardWriter::version, &header);
    const QSize high = header.highResolution, low = header.lowResolution;
    const int count = header.count;
    QDataStream in(records);
    in.setVersion(QDataStream::Qt_6_0);
    std::vector<TextLineSample> samples;
    samples.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        TextLineSample sample;
        in >> sample.text >> sample.fontFile;
        sample.highResolution = ShardFile::readPlanes(in, high, QImage::Format_RGB888, 3);
        sample.lowResolution = ShardFile::readPlanes(in, low, QImage::Format_RGB888, 3);
        sample.characterIndex = ShardFile::readPlanes(in, high, QImage::Format_Grayscale8, 1);
        sample.lineMask = ShardFile::readPlanes(in, high, QImage::Format_Grayscale8, 1);
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
