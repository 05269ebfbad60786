#pragma once
// Findings as a table (severity, rule, target, message) and the filter the
// problems panel puts over it: by severity, by text, accepted ones hidden
// or greyed.
#include "model/rules/finding.h"
#include "model/types.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace lintel {

class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, TargetColumn, MessageColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, SuppressedRole, FingerprintRole, SortRole, IntroducedRole };

    using QAbstractTableModel::QAbstractTableModel;
    // With a model, messages and targets show names, ids in the tooltip
    // (findingnames.h). `model` must outlive this table (the Document's).
    void setNames(const Model *model) { m_names = model; }
    void setFindings(const Findings &findings);
    const Findings &findings() const { return m_findings; }
    // While comparing: findings with these fingerprints are new since the
    // version `comparedWith` and are shown so ("error · new", bold). Empty
    // to show none as new.
    void setIntroduced(const QSet<QString> &fingerprints, const QString &comparedWith = {});
    const Finding *findingAt(const QModelIndex &index) const;
    int rowOf(const QString &fingerprint) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString message(const Finding &f) const;
    Findings m_findings;
    const Model *m_names = nullptr;
    QSet<QString> m_introduced;
    QString m_comparedWith;
};

class FindingsFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSeverityShown(Severity severity, bool shown);
    bool isSeverityShown(Severity severity) const { return !m_hidden.contains(int(severity)); }
    void setShowSuppressed(bool show);
    bool showsSuppressed() const { return m_showSuppressed; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<int> m_hidden;  // severities not shown
    bool m_showSuppressed = false;
    QString m_text;
};

}  // namespace lintel
