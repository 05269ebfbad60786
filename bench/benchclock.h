#pragma once
// Timing for the benchmarks. The machine they run on is shared (other builds
// compete for its two cores), so every figure is taken both as wall-clock
// time and as CPU time of this process: wall time is what a user feels, CPU
// time is what the code costs and stays steady when the machine is busy.
// Stages run several times and the median is reported.
#include <QString>

#include <functional>

namespace lintel::bench {

struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
};

// One call of `stage`.
Timing timeOnce(const std::function<void()> &stage);

// The median of `runs` calls (wall and CPU each on their own), after one
// untimed warm-up call when `warmUp` is set.
Timing medianTiming(int runs, const std::function<void()> &stage, bool warmUp = false);

// The largest resident set this process has had so far, in MiB.
double peakRssMiB();

// A Markdown table: stage | wall ms | CPU ms | note.
void printTableHeader(const QString &title);
void printRow(const QString &stage, const Timing &timing, const QString &note = QString());

}  // namespace lintel::bench
