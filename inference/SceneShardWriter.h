#pragma once

#include "SceneSample.h"
#include "ShardFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

// Writes scene tiles into one shard (*.glsc): the ShardFile container with magic "GLSC", so a
// text-line reader refuses it with a clear message and vice versa. A record holds the partition,
// HR, LR, the text mask and every word (text, font, line, box). Nothing appears under the final
// name until commit() succeeds.
class SceneShardWriter
{
    Q_DECLARE_TR_FUNCTIONS(SceneShardWriter)

public:
    SceneShardWriter(const QString &path, const QSize &highResolution, const QSize &lowResolution);

    // Throws std::invalid_argument when the sample's images do not have the shard's sizes.
    void append(const SceneSample &sample);
    int count() const { return m_count; }
    // Writes the file; false and a message on failure.
    bool commit(QString *error);

    static constexpr quint32 magic = ShardFile::sceneMagic;
    static constexpr quint32 version = 1;

private:
    QString m_path;
    QSize m_high;
    QSize m_low;
    int m_count = 0;
    QByteArray m_records;
};
