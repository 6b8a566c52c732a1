#pragma once

#include <QString>

// The machine a benchmark or a training ran on, for reports and manifests: the system, the
// processor's name and widest vector instructions (the same code ran 14.5 ms per GlyphSR crop on a
// 2-core machine with AVX-512 and 17.5 ms on one without), and the core count, e.g.
// "Debian GNU/Linux 12 (bookworm), x86_64, AMD EPYC (AVX2, no AVX-512), 2 logical cores". In
// English: it is stored in manifests and reports as data.
namespace MachineDescription {

QString text();
// The processor part alone, parsed from /proc/cpuinfo's text; empty when it names no processor.
QString processorFromCpuInfo(const QByteArray &cpuInfo);

} // namespace MachineDescription
