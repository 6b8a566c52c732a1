#include "DatasetShardWriter.h"

#include "DatasetChecksum.h"

#include <QDataStream>
#include <QSaveFile>

#include <stdexcept>

namespace {

void writePlanes(QDataStream &out, const QImage &image, int bytesPerPixel)
{
    for (int y = 0; y < image.height(); ++y)
        out.writeRawData(reinterpret_cast<const char *>(image.constScanLine(y)), image.width() * bytesPerPixel);
}

} // namespace

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
    writePlanes(out, sample.highResolution.convertToFormat(QImage::Format_RGB888), 3);
    writePlanes(out, sample.lowResolution.convertToFormat(QImage::Format_RGB888), 3);
    writePlanes(out, sample.characterIndex.convertToFormat(QImage::Format_Grayscale8), 1);
    writePlanes(out, sample.lineMask.convertToFormat(QImage::Format_Grayscale8), 1);
    out << quint32(sample.characterBoxes.size());
    for (const QRectF &box : sample.characterBoxes)
        out << float(box.x()) << float(box.y()) << float(box.width()) << float(box.height());
    ++m_count;
}

bool DatasetShardWriter::commit(QString *error)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_0);
    out << magic << version << qint32(m_high.width()) << qint32(m_high.height()) << qint32(m_low.width())
        << qint32(m_low.height()) << qint32(m_count) << quint64(m_records.size());
    out.writeRawData(m_records.constData(), int(m_records.size()));
    out << DatasetChecksum::of(m_records);
    if (out.status() != QDataStream::Ok || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}
