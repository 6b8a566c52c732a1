#pragma once

#include "ShardFile.h"
#include "TextLineSample.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

// Writes generated samples into one shard file. Nothing is visible under the final name until
// commit() succeeds (QSaveFile), so an interrupted run never leaves a shard that looks complete;
// a trailing checksum lets the reader reject a damaged one.
class DatasetShardWriter
{
    Q_DECLARE_TR_FUNCTIONS(DatasetShardWriter)

public:
    DatasetShardWriter(const QString &path, const QSize &highResolution, const QSize &lowResolution);

    // Throws std::invalid_argument when the sample's images do not have the shard's sizes.
    void append(const TextLineSample &sample);
    int count() const { return m_count; }
    // Writes the file; false and a message on failure.
    bool commit(QString *error);

    static constexpr quint32 magic = ShardFile::lineMagic; // "GLSH"
    static constexpr quint32 version = 1;

private:
    QString m_path;
    QSize m_high;
    QSize m_low;
    int m_count = 0;
    QByteArray m_records;
};
