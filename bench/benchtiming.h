// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <utility>
#include <vector>

namespace barntid::bench {

/** The process's resident memory now, in MiB (0 where /proc is missing). */
inline double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/** Wall time of one call in milliseconds, at nanosecond resolution. */
template<typename F> double elapsedMs(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

/** Wall and CPU time of one call. With synchronous = FULL the wall time of a small transaction
 *  is mostly the wait for fsync; the CPU time shows what the code itself costs. */
struct Cost
{
    double wallMs = 0;
    double cpuMs = 0;
};

inline double processCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

template<typename F> Cost measure(F &&work)
{
    const double cpuBefore = processCpuMs();
    const double wall = elapsedMs(std::forward<F>(work));
    return {wall, processCpuMs() - cpuBefore};
}

/** The median damps the odd round that a shared machine spends elsewhere. */
inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

/** Nearest rank: the smallest sample with at least p of all samples at or below it. */
inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const auto rank = std::size_t(std::ceil(p * double(samples.size())));
    return samples.at(std::min(samples.size(), std::max<std::size_t>(rank, 1)) - 1);
}

/** Three significant digits without switching to exponents: 0.123, 12.3, 1234. */
inline int decimalsFor(double value)
{
    return value >= 100.0 ? 0 : value >= 10.0 ? 1 : value >= 1.0 ? 2 : 3;
}

/** Prints "name: ratio R (oursLabel X unit, baselineLabel Y unit)"; R = ours / baseline. */
inline void printRatio(const char *name, double ours, double baseline, const char *unit,
    const char *oursLabel = "ours", const char *baselineLabel = "baseline", const char *note = "")
{
    const double ratio = baseline > 0.0 ? ours / baseline : 0.0;
    std::printf("%s: ratio %.2f (%s %.*f %s, %s %.*f %s)%s\n", name, ratio, oursLabel,
        decimalsFor(ours), ours, unit, baselineLabel, decimalsFor(baseline), baseline, unit, note);
    std::fflush(stdout);
}

} // namespace barntid::bench
