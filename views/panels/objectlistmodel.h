#pragma once
// A table over one collection of the model (API contracts, decisions,
// questions): rows are the collection's objects in model order, cells come
// from a function the panel gives. Reads the model directly, so it holds no
// copy to go stale; follows the document's signals for its collection.
#include "model/document/collections.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <functional>

namespace lintel {

class Document;

class ObjectListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };
    // The value of one cell for `role`: the panel decides what a row shows.
    using CellFunction = std::function<QVariant(const Model &model, int row, int column, int role)>;
    // A check box toggled in a cell (e.g. "answered"); returns true if handled.
    using CheckFunction = std::function<bool(const QString &id, int column, bool checked)>;

    ObjectListModel(Document *document, Collection collection, QStringList headers, CellFunction cell,
                    QObject *parent = nullptr);
    void setCheckFunction(CheckFunction check) { m_check = std::move(check); }

    Collection collection() const { return m_collection; }
    QString idAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reset();
    void rowChanged(Collection c, const QString &id);

    Document *m_document;
    Collection m_collection;
    QStringList m_headers;
    CellFunction m_cell;
    CheckFunction m_check;
};

// Text filter over every column plus an optional extra condition per row
// ("open questions only").
class ObjectListFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);
    void setCondition(std::function<bool(const QString &id)> condition);
    void refilter() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::function<bool(const QString &id)> m_condition;
};

}  // namespace lintel
