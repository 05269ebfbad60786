#pragma once
// The Transition panel's table: one row per element in the transition (the
// outgoing team's services and stores, and any element given a stage),
// with its stage, what was transferred and its definition of done. Cells
// edit in place; every edit is one undoable command on the document.
#include <QAbstractTableModel>
#include <QDate>
#include <QStringList>

namespace lintel {

class Document;

class TransitionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ElementColumn,
        TeamColumn,
        StageColumn,
        SinceColumn,
        WalkthroughColumn,
        DocumentationColumn,
        AccessColumn,
        TestsColumn,
        ApiDocsColumn,
        ObservabilityColumn,
        RollbackColumn,
        OperationalColumn,
        ColumnCount
    };
    static constexpr int ElementIdRole = Qt::UserRole + 1;

    explicit TransitionTableModel(Document *document, QObject *parent = nullptr);

    // Only rows of this team ("" = every team).
    void setTeamFilter(const QString &teamId);
    QString teamFilter() const { return m_team; }
    // The date a stage change is recorded with (today, unless a test says).
    void setToday(QDate today) { m_today = today; }

    QString elementAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString &elementId) const { return int(m_rows.indexOf(elementId)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // The values an enumerated column's editor offers.
    static QStringList stageChoices();
    static QStringList statusChoices();

private:
    void rebuild();
    QString donePath(int column) const;

    Document *m_document;
    QString m_team;
    QStringList m_rows;  // element ids, in model order
    QDate m_today = QDate::currentDate();
};

}  // namespace lintel
