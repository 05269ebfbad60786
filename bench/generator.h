#pragma once
// Synthetic models of any size for benchmarks: realistic in shape (zones,
// teams, stores with owners, APIs with operations, decisions, views) and
// deterministic for a given seed, so figures are comparable run to run.
#include "model/types.h"

#include <QString>
#include <QStringList>

namespace lintel::bench {

struct ModelSize {
    int elements = 50;
    int flows = 150;
    int apis = 10;
    int decisions = 5;
};

// S: 50 elements; M: 500; L: 5,000 / 20,000 flows / 1,000 APIs / 200
// decisions; XL: 50,000 elements / 200,000 flows.
bool sizeByName(const QString &name, ModelSize *size);

// `PROGRAM [S|M|L|XL] [RUNS]`: the size (L when not given) and the number of
// runs (5, or 1 for XL, when not given). False for an unknown size.
struct SizeAndRuns {
    QString sizeName;
    ModelSize size;
    int runs = 5;
};
bool sizeAndRuns(const QStringList &args, SizeAndRuns *out);

Model generateModel(const ModelSize &size, unsigned seed = 42);

}  // namespace lintel::bench
