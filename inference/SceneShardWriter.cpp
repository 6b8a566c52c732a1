#include "SceneShardWriter.h"

#include <QDataStream>
#include <QIODevice>

#include <stdexcept>

SceneShardWriter::SceneShardWriter(const QString &path, const QSize &highResolution, const QSize &lowResolution)
    : m_path(path)
    , m_high(highResolution)
    , m_low(lowResolution)
{
}

void SceneShardWriter::append(const SceneSample &sample)
{
    if (sample.highResolution.size() != m_high || sample.lowResolution.size() != m_low
        || sample.textMask.size() != m_high)
        throw std::invalid_argument(tr("A scene does not have the shard's image sizes.").toStdString());
    QDataStream out(&m_records, QIODevice::WriteOnly | QIODevice::Append);
    out.setVersion(QDataStream::Qt_6_0);
    out << ScenePartitions::name(sample.partition);
    ShardFile::writePlanes(out, sample.highResolution, QImage::Format_RGB888, 3);
    ShardFile::writePlanes(out, sample.lowResolution, QImage::Format_RGB888, 3);
    ShardFile::writePlanes(out, sample.textMask, QImage::Format_Grayscale8, 1);
    out << quint32(sample.words.size());
    for (const SceneWord &word : sample.words)
        out << word.text << word.fontFile << qint32(word.line) << qint32(word.box.x()) << qint32(word.box.y())
            << qint32(word.box.width()) << qint32(word.box.height());
    ++m_count;
}

bool SceneShardWriter::commit(QString *error)
{
    ShardFile::Header header;
    header.magic = magic;
    header.version = version;
    header.highResolution = m_high;
    header.lowResolution = m_low;
    header.count = m_count;
    return ShardFile::write(m_path, header, m_records, error);
}
