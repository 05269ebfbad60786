#pragma once
// The outline's tree: zones (nested, with their elements), elements outside
// any zone, then flows, APIs, decisions, questions, teams, data classes and
// views. Follows the document incrementally (a name typed on the canvas
// updates one row); changes to the zone structure, which are rare, rebuild
// the tree once the current command is done, so a cascading delete of many
// objects costs one rebuild, not one per object.
#include "model/document/collections.h"
#include "model/document/fieldkey.h"

#include <QHash>
#include <QStandardItemModel>

namespace lintel {

class Document;
struct OutlineRow;

class OutlineModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Role {
        CollectionRole = Qt::UserRole + 1,  // int(Collection), objects only
        IdRole,                             // the object's id
        SearchRole,                         // lower-case text the filter looks in
        SortRole,                           // categories first in fixed order, then by name
    };
    enum Column { NameColumn, DetailColumn, ColumnCount };

    explicit OutlineModel(Document *document, QObject *parent = nullptr);

    QModelIndex indexOf(const ObjectRef &ref) const;
    static std::optional<ObjectRef> refAt(const QModelIndex &index);
    // The top-level row of a kind of object (for tests and "collapse all").
    QStandardItem *category(Collection collection) const;
    QStandardItem *unzonedCategory() const { return m_unzoned; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool rebuildPending() const { return m_rebuildPending; }

public slots:
    void rebuild();

private:
    static QString key(Collection c, const QString &id);
    void scheduleRebuild();
    QStandardItem *makeCategory(const QString &title, Collection icon, int order);
    void addAllObjects();
    void addRow(Collection c, const QString &id, const OutlineRow &row);
    void removeObject(Collection c, const QString &id);
    void updateObject(Collection c, const QString &id);
    QStandardItem *parentFor(Collection c, const QString &id, const QString &parentZone) const;
    void fillRow(QStandardItem *name, QStandardItem *detail, Collection c, const QString &id, const OutlineRow &row);
    void updateCounts();
    QString zoneToolTip(const QString &zoneId) const;
    QString zonesToolTip() const;
    void onChanged(Collection c, const QString &id, const QString &path, FieldKey field);
    void onRenamed(Collection c, const QString &oldId, const QString &newId);

    Document *m_document;
    QHash<QString, QStandardItem *> m_items;  // key(collection, id) -> name item
    QHash<int, QStandardItem *> m_categories;
    QStandardItem *m_unzoned = nullptr;
    bool m_rebuildPending = false;
};

}  // namespace lintel
