#pragma once
// The diagrams an export writes and their file names, shared by the diagram,
// Mermaid and PlantUML exporters so `--view` and the file layout
// (diagrams/<view-id>.<ext>) are the same for all three.
#include "model/style/diagramscope.h"

#include <QString>
#include <vector>

namespace lintel {

struct DiagramFile {
    DiagramScope scope;
    QString stem;  // file name without extension: the view id, made safe
};

// One per view (or only `onlyViewId`; "model" with no views). Empty with
// `error` set when `onlyViewId` names no view.
std::vector<DiagramFile> diagramFiles(const Model &model, const QString &onlyViewId,
                                      QString *error);

// A file name stem for a diagram id: path separators, characters Windows
// forbids and control characters become '_', as does a leading '.', so no
// view id can write outside diagrams/ or make a hidden file.
QString diagramFileStem(const QString &id);

}  // namespace lintel
