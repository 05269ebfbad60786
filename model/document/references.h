#pragma once
// Which fields of which objects refer to other objects by id. Kept in one
// place so renaming and any "what refers to X" question agree.
#include "model/types.h"

#include <QString>

namespace lintel {

// Replaces every reference to `oldId` in `object` by `newId`; true if any did.
bool renameReferences(Element &object, const QString &oldId, const QString &newId);
bool renameReferences(Flow &object, const QString &oldId, const QString &newId);
bool renameReferences(Zone &object, const QString &oldId, const QString &newId);
bool renameReferences(Api &object, const QString &oldId, const QString &newId);
bool renameReferences(Decision &object, const QString &oldId, const QString &newId);
bool renameReferences(Question &object, const QString &oldId, const QString &newId);
bool renameReferences(View &object, const QString &oldId, const QString &newId);
bool renameReferences(AcceptedRisk &object, const QString &oldId, const QString &newId);
inline bool renameReferences(Team &, const QString &, const QString &) { return false; }
inline bool renameReferences(DataClass &, const QString &, const QString &) { return false; }

}  // namespace lintel
