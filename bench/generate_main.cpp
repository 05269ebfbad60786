// lintel-generate SIZE OUT.yaml|OUT.lintel: writes a synthetic model.
// SIZE is S, M, L, XL, or a scale case such as deep-zones:10000
// (bench/scalecases.h).
#include "bench/generator.h"
#include "bench/scalecases.h"
#include "model/io/modelfile.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    lintel::bench::ModelSize size;
    lintel::Model model;
    if (args.size() == 3 && lintel::bench::sizeByName(args[1], &size)) {
        model = lintel::bench::generateModel(size);
    } else if (args.size() != 3 || !lintel::bench::scaleCaseByName(args[1], &model)) {
        err << "usage: lintel-generate S|M|L|XL|CASE:N OUT.yaml|OUT.lintel\n"
               "  CASE: deep-zones, zone-loop, sync-ring, sync-dense, big-text (MiB)\n";
        return 2;
    }
    QString error;
    if (!lintel::saveModelFile(model, args[2], QStringLiteral("generated"), &error)) {
        err << error << '\n';
        return 1;
    }
    return 0;
}
