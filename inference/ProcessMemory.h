#pragma once

#include <QtGlobal>

// How much memory this process holds, for the status bar.
class ProcessMemory
{
public:
    // Resident set size in bytes from /proc/self/statm; -1 where that is not available.
    static qint64 residentBytes();
};
