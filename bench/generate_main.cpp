// lintel-generate SIZE OUT.yaml|OUT.lintel: writes a synthetic model.
#include "bench/generator.h"
#include "model/io/modelfile.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    lintel::bench::ModelSize size;
    if (args.size() != 3 || !lintel::bench::sizeByName(args[1], &size)) {
        err << "usage: lintel-generate S|M|L|XL OUT.yaml|OUT.lintel\n";
        return 2;
    }
    const lintel::Model model = lintel::bench::generateModel(size);
    QString error;
    if (!lintel::saveModelFile(model, args[2], QStringLiteral("generated"), &error)) {
        err << error << '\n';
        return 1;
    }
    return 0;
}
