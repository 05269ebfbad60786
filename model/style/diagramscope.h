#pragma once
// Which parts of the model one diagram shows. A view lists element ids (a zone
// id in the list stands for every element inside that zone and its
// sub-zones); a model without views is drawn whole, as the diagram "model".
// Flows are shown when both ends are shown; zones when they hold a shown
// element, plus all their ancestors so nesting is never lost.
//
// The scope points into the Model it was made from: keep the model alive and
// unchanged while using it.
#include "model/types.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <optional>
#include <vector>

namespace lintel {

struct DiagramScope {
    QString id;                 // view id, or "model"
    QString title;              // view name, or the system's name
    const View *view = nullptr; // nullptr for the whole model
    std::vector<const Element *> elements;  // model order
    std::vector<const Flow *> flows;        // model order
    std::vector<const Zone *> zones;        // model order, ancestors included

    bool containsElement(const QString &id) const { return m_elementIds.contains(id); }
    bool containsZone(const QString &id) const { return m_zoneIds.contains(id); }
    // Zones shown directly inside `parentId` ("" = top level), model order.
    std::vector<const Zone *> childZones(const QString &parentId) const { return m_childZones.value(parentId); }
    // Elements shown directly inside zone `zoneId` ("" = in no shown zone).
    std::vector<const Element *> elementsIn(const QString &zoneId) const { return m_elementsIn.value(zoneId); }
    // A shown zone's effective trust (model/index/zonetree.h), worked out
    // once for all zones: asking effectiveTrust() per zone walks the whole
    // zone list each time.
    std::optional<Trust> zoneTrust(const QString &zoneId) const { return m_zoneTrust.value(zoneId); }
    // A shown zone by id; nullptr when it is not shown.
    const Zone *zone(const QString &zoneId) const { return m_zoneById.value(zoneId, nullptr); }

    // Build with diagramScope(); the tables below are filled there, each in
    // time linear in the model, whatever the depth of the zone nesting.
    QSet<QString> m_elementIds;
    QSet<QString> m_zoneIds;
    QHash<QString, QString> m_zoneParent;  // shown parent, loops cut; "" = top
    QHash<QString, std::vector<const Zone *>> m_childZones;      // by m_zoneParent
    QHash<QString, std::vector<const Element *>> m_elementsIn;   // by shown zone, "" = none
    QHash<QString, std::optional<Trust>> m_zoneTrust;
    QHash<QString, const Zone *> m_zoneById;
};

inline const QString kWholeModelDiagramId = QStringLiteral("model");

// `view` nullptr: the whole model.
DiagramScope diagramScope(const Model &model, const View *view);

// The diagrams to export: one per view, or only `onlyViewId` when not empty,
// or the whole model when there are no views. Returns an empty list and sets
// `error` when `onlyViewId` names no view ("model" always names the whole
// model).
std::vector<DiagramScope> diagramScopes(const Model &model, const QString &onlyViewId,
                                        QString *error);

}  // namespace lintel
