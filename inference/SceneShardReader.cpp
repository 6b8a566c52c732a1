#include "SceneShardReader.h"

#include "SceneShardWriter.h"
#include "ShardFile.h"

#include <QDataStream>
#include <QDir>

#include <iterator>
#include <stdexcept>

std::vector<SceneSample> SceneShardReader::read(const QString &path, QSize *highResolution, QSize *lowResolution)
{
    ShardFile::Header header;
    const QByteArray records = ShardFile::read(path, SceneShardWriter::magic, SceneShardWriter::version, &header);
    const QSize high = header.highResolution, low = header.lowResolution;
    QDataStream in(records);
    in.setVersion(QDataStream::Qt_6_0);
    std::vector<SceneSample> samples;
    samples.reserve(size_t(header.count));
    for (int i = 0; i < header.count; ++i) {
        const auto damaged = [&] { return ShardFile::failure(path, tr("scene %1 is damaged.").arg(i)); };
        SceneSample sample;
        QString partition;
        in >> partition;
        const auto parsed = ScenePartitions::parse(partition);
        if (!parsed)
            throw damaged();
        sample.partition = *parsed;
        sample.highResolution = ShardFile::readPlanes(in, high, QImage::Format_RGB888, 3);
        sample.lowResolution = ShardFile::readPlanes(in, low, QImage::Format_RGB888, 3);
        sample.textMask = ShardFile::readPlanes(in, high, QImage::Format_Grayscale8, 1);
        quint32 words = 0;
        in >> words;
        if (words > 4096)
            throw damaged();
        for (quint32 w = 0; w < words; ++w) {
            SceneWord word;
            qint32 line = 0, x = 0, y = 0, width = 0, height = 0;
            in >> word.text >> word.fontFile >> line >> x >> y >> width >> height;
            word.line = line;
            word.box = QRect(x, y, width, height);
            sample.words.append(word);
        }
        if (in.status() != QDataStream::Ok)
            throw damaged();
        samples.push_back(std::move(sample));
    }
    if (highResolution)
        *highResolution = high;
    if (lowResolution)
        *lowResolution = low;
    return samples;
}

std::vector<SceneSample> SceneShardReader::readFolder(const QString &folder)
{
    const QStringList shards = QDir(folder).entryList({QStringLiteral("*.glsc")}, QDir::Files, QDir::Name);
    if (shards.isEmpty())
        throw std::runtime_error(tr("%1 contains no scene shards (*.glsc). Make them with "
                                    "glyphlab-cli synth --mode scene.").arg(folder).toStdString());
    std::vector<SceneSample> all;
    for (const QString &name : shards) {
        std::vector<SceneSample> part = read(QDir(folder).filePath(name));
        all.insert(all.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    return all;
}
