// bench_model SIZE: times each stage on a synthetic model of that size:
// YAML write/read, validation, .lintel write/read. Each stage runs several
// times; the median is printed. Peak memory of whole CLI runs is measured
// separately by bench/run.sh with /usr/bin/time.
#include "bench/generator.h"
#include "model/io/modelfile.h"
#include "model/rules/validator.h"
#include "model/yaml/yamlio.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace lintel;

static double medianMs(int runs, const std::function<void()> &stage)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        stage();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    bench::ModelSize size;
    const QString sizeName = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("L");
    if (!bench::sizeByName(sizeName, &size)) {
        out << "usage: bench_model S|M|L|XL\n";
        return 2;
    }
    const int runs = sizeName.toUpper() == u"XL" ? 1 : 5;
    const Model model = bench::generateModel(size);
    QTemporaryDir dir;
    const QString yamlPath = dir.filePath(QStringLiteral("model.yaml"));
    const QString lintelPath = dir.filePath(QStringLiteral("model.lintel"));
    QString error;

    const double writeYamlMs = medianMs(runs, [&] { writeYamlFile(model, yamlPath, &error); });
    const double readYamlMs = medianMs(runs, [&] { readYamlFile(yamlPath); });
    Findings findings;
    const double validateMs = medianMs(runs, [&] { findings = validate(model); });
    const double writeLintelMs = medianMs(1, [&] { saveModelFile(model, lintelPath, QStringLiteral("bench"), &error); });
    const double readLintelMs = medianMs(runs, [&] { loadModelFile(lintelPath); });

    out << "size " << sizeName << ": " << model.elements.size() << " elements, " << model.flows.size()
        << " flows, " << model.apis.size() << " APIs, " << model.decisions.size() << " decisions; YAML "
        << QFile(yamlPath).size() / 1024 << " KiB, .lintel " << QFile(lintelPath).size() / 1024 << " KiB; "
        << findings.size() << " findings\n";
    out << "| stage | median ms |\n|---|---|\n";
    out << "| write YAML | " << qRound(writeYamlMs) << " |\n";
    out << "| read YAML | " << qRound(readYamlMs) << " |\n";
    out << "| validate | " << qRound(validateMs) << " |\n";
    out << "| write .lintel (new file, one revision) | " << qRound(writeLintelMs) << " |\n";
    out << "| read .lintel | " << qRound(readLintelMs) << " |\n";
    return error.isEmpty() ? 0 : 1;
}
