#include "bench/benchclock.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <sys/resource.h>
#include <vector>

namespace lintel::bench {

namespace {

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

}  // namespace

Timing timeOnce(const std::function<void()> &stage)
{
    QElapsedTimer wall;
    const double cpuStart = processCpuMs();
    wall.start();
    stage();
    return {double(wall.nsecsElapsed()) / 1e6, processCpuMs() - cpuStart};
}

Timing medianTiming(int runs, const std::function<void()> &stage, bool warmUp)
{
    if (warmUp)
        stage();
    std::vector<double> wall, cpu;
    for (int i = 0; i < std::max(1, runs); ++i) {
        const Timing t = timeOnce(stage);
        wall.push_back(t.wallMs);
        cpu.push_back(t.cpuMs);
    }
    return {median(wall), median(cpu)};
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;  // Linux reports KiB
}

void printTableHeader(const QString &title)
{
    QTextStream out(stdout);
    out << "\n" << title << "\n\n| stage | wall ms | CPU ms | note |\n| --- | ---: | ---: | --- |\n";
}

void printRow(const QString &stage, const Timing &timing, const QString &note)
{
    QTextStream out(stdout);
    out << "| " << stage << " | " << QString::number(timing.wallMs, 'f', 1) << " | "
        << QString::number(timing.cpuMs, 'f', 1) << " | " << note << " |\n";
}

}  // namespace lintel::bench
