#pragma once
// Zones on the canvas are not placed by hand: each is the rectangle around
// its members and sub-zones, plus a header. This class knows which shown
// elements sit directly in which zone, sizes the zones from that (deepest
// first, since a parent encloses its children), flags sibling zones that
// overlap, and answers "which zone is under this point".
#include "model/style/elementkinds.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lintel::canvas {

class ElementItem;
struct SceneItems;

// What a zone must enclose of a member centred at `centre`: the body with
// its decorations and the badges that straddle its edges. (Auto-layout
// sizes zones the same way before it applies positions.)
QRectF zoneMemberExtent(NodeShape shape, QPointF centre);

class ZoneLayout {
public:
    explicit ZoneLayout(const SceneItems &items) : m_items(items) {}

    // Re-reads which shown element is in which shown zone.
    void rebuildMembership();
    void forgetElement(const ElementItem *item);
    void forgetZone(const QString &zoneId) { m_membersByZone.remove(zoneId); }
    void renameZone(const QString &oldId, const QString &newId);
    void clear() { m_membersByZone.clear(); }

    // Resizes `zones` and their ancestors. `anchors` are the view's saved
    // positions: an empty zone sits centred on its own.
    void resize(const QSet<QString> &zones, const QHash<QString, QPointF> &anchors);
    void resizeAll(const QHash<QString, QPointF> &anchors);

    // While dragging, zones keep their size: an element leaving its zone
    // must be able to leave it instead of dragging the border along.
    void setFrozen(bool frozen) { m_frozen = frozen; }
    bool isFrozen() const { return m_frozen; }

    // The innermost zone whose area contains `scenePos` ("" for none).
    QString zoneAt(QPointF scenePos) const;
    QStringList members(const QString &zoneId, bool recursive) const;

private:
    QRectF rectFor(const QString &zoneId, const QHash<QString, QPointF> &anchors) const;
    void markSiblingOverlaps() const;

    const SceneItems &m_items;
    QHash<QString, QList<ElementItem *>> m_membersByZone;  // direct members of shown zones
    bool m_frozen = false;
};

}  // namespace lintel::canvas
