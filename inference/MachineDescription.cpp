#include "MachineDescription.h"

#include <QFile>
#include <QSysInfo>
#include <QThread>

namespace MachineDescription {

QString processorFromCpuInfo(const QByteArray &cpuInfo)
{
    QString name;
    QStringList flags;
    for (const QByteArray &line : cpuInfo.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed();
        if (key == "model name" && name.isEmpty())
            name = QString::fromUtf8(line.mid(colon + 1).trimmed());
        else if (key == "flags" && flags.isEmpty())
            flags = QString::fromLatin1(line.mid(colon + 1)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    if (name.isEmpty())
        return {};
    if (flags.isEmpty())
        return name;
    const bool avx2 = flags.contains(QLatin1String("avx2")), avx512 = flags.contains(QLatin1String("avx512f"));
    const QString vectors = avx512 ? QStringLiteral("AVX-512") : avx2 ? QStringLiteral("AVX2, no AVX-512") : QStringLiteral("no AVX2");
    return QStringLiteral("%1 (%2)").arg(name, vectors);
}

QString text()
{
    QString processor;
    QFile cpuInfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuInfo.open(QIODevice::ReadOnly))
        processor = processorFromCpuInfo(cpuInfo.readAll());
    QStringList parts{QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture()};
    if (!processor.isEmpty())
        parts.append(processor);
    const int cores = QThread::idealThreadCount();
    parts.append(cores == 1 ? QStringLiteral("1 logical core") : QStringLiteral("%1 logical cores").arg(cores));
    return parts.join(QStringLiteral(", "));
}

} // namespace MachineDescription
