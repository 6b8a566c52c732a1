#pragma once

#include <QByteArray>
#include <QtGlobal>

// FNV-1a 64 over a shard's records: cheap, and enough to notice truncation or damage.
class DatasetChecksum
{
public:
    static quint64 of(const QByteArray &bytes);
};
