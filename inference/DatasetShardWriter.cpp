#include "DatasetShardWriter.h"

#include "ShardFile.h"

#include <QDataStream>
#include <QIODevice>

#include <stdexcept>

DatasetShardWriter::DatasetShardWriter(const QString &path, const QSize &highResolution, const QSize &lowResolution)
    : m_path(path)
    , m_high(highResolution)
    , m_low(lowResolution)
{
}

void DatasetShardWriter::append(const TextLineSample &sample)
{
    if (sample.highResolution.size() != m_high || sample.lowResolution.size() != m_low
        || sample.characterIndex.size() != m_high || sample.lineMask.size() != m_high)
        throw std::invalid_argument(tr("A sample does not have the shard's image sizes.").toStdString());
    QDataStream out(&m_records, QIODevice::WriteOnly | QIODevice::Append);
    out.setVersion(QDataStream::Qt_6_0);
    out << sample.text << sample.fontFile;
    ShardFile::writePlanes(out, sample.highResolution, QImage::Format_RGB888, 3);
    ShardFile::writePlanes(out, sample.lowResolution, QImage::Format_RGB888, 3);
    ShardFile::writePlanes(out, sample.characterIndex, QImage::Format_Grayscale8, 1);
    ShardFile::writePlanes(out, sample.lineMask, QImage::Format_Grayscale8, 1);
    out << quint32(sample.characterBoxes.size());
    for (const QRectF &box : sample.characterBoxes)
        out << float(box.x()) << float(box.y()) << float(box.width()) << float(box.height());
    ++m_count;
}

bool DatasetShardWriter::commit(QString *error)
{
    ShardFile::Header header;
    header.magic = magic;
    header.version = version;
    header.highResolution = m_high;
    header.lowResolution = m_low;
    header.count = m_count;
    return ShardFile::write(m_path, header, m_records, error);
}
