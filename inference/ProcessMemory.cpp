#include "ProcessMemory.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

qint64 ProcessMemory::residentBytes()
{
#ifdef Q_OS_LINUX
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    // "size resident shared text lib data dt", in pages.
    const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
    bool ok = false;
    const qint64 pages = fields.value(1).toLongLong(&ok);
    const long pageSize = sysconf(_SC_PAGESIZE);
    return ok && pageSize > 0 ? pages * pageSize : -1;
#else
    return -1;
#endif
}
