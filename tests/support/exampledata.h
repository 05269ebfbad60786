#pragma once
// Files of the source tree as test input: paths, and models loaded and
// validated once per test run.
#include "model/rules/finding.h"
#include "model/types.h"

#include <QDate>
#include <QString>

namespace lintel::test {

// `relative` ("resources/examples/shop.yaml") inside the source tree.
QString sourcePath(const QString &relative);

// The date every validation and export in the tests is made on, so findings
// about dates and the golden files stay stable.
QDate frozenDate();

struct LoadedModel {
    Model model;
    Findings findings;
    QString path;  // absolute; empty for models built in code
};

// A model from the source tree, loaded and validated (as of frozenDate())
// once per run; nullptr, with a warning naming the problems, when it does
// not load.
const LoadedModel *loadModel(const QString &relativePath);

}  // namespace lintel::test
