#include "views/panels/operationseditor.h"

#include "views/panels/tablehelpers.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lintel {

namespace {

const QStringList kMethods = {QStringLiteral("GET"),   QStringLiteral("POST"),    QStringLiteral("PUT"),
                              QStringLiteral("PATCH"), QStringLiteral("DELETE"),  QStringLiteral("HEAD"),
                              QStringLiteral("OPTIONS")};

Qt::CheckState checkState(const std::optional<bool> &value)
{
    return !value ? Qt::PartiallyChecked : *value ? Qt::Checked : Qt::Unchecked;
}

}  // namespace

QString OperationsEditor::formatResponses(const OrderedMap<QString> &responses)
{
    QStringList parts;
    for (const auto &[status, schema] : responses)
        parts << (schema.isEmpty() ? status : status + QStringLiteral(": ") + schema);
    return parts.join(QStringLiteral(", "));
}

OrderedMap<QString> OperationsEditor::parseResponses(const QString &text)
{
    OrderedMap<QString> out;
    for (const QString &part : text.split(u',')) {
        const QString entry = part.trimmed();
        if (entry.isEmpty())
            continue;
        const qsizetype colon = entry.indexOf(u':');
        const QString status = (colon < 0 ? entry : entry.left(colon)).trimmed();
        const QString schema = colon < 0 ? QString() : entry.mid(colon + 1).trimmed();
        out.emplace_back(status, schema);
    }
    return out;
}

OperationsEditor::OperationsEditor(QWidget *parent) : FieldEditor(parent), m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("operationsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({QStringLiteral("ID"), QStringLiteral("Method"), QStringLiteral("Path"),
                                        QStringLiteral("Summary"), QStringLiteral("Request"),
                                        QStringLiteral("Responses"), QStringLiteral("Idempotent")});
    m_table->horizontalHeaderItem(Responses)->setToolTip(QStringLiteral("status: schema, … e.g. 200: Order, 404"));
    m_table->horizontalHeaderItem(Idempotent)->setToolTip(QStringLiteral("A square: not decided yet"));
    styleEditorTable(m_table);
    m_table->setItemDelegateForColumn(Method, new ComboDelegate(kMethods, m_table));
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(Summary, QHeaderView::Stretch);
    m_table->setColumnWidth(Id, 120);
    m_table->setColumnWidth(Method, 72);
    m_table->setColumnWidth(Path, 150);
    m_table->setColumnWidth(Request, 90);
    m_table->setColumnWidth(Responses, 140);
    m_table->setColumnWidth(Idempotent, 80);
    m_table->setMinimumHeight(160);
    m_layout->addWidget(m_table, 1);

    const AddRemoveBar bar = makeAddRemoveBar(this, QStringLiteral("Operation"), QStringLiteral("Remove"));
    m_remove = bar.remove;
    m_buttons = bar.widget;
    m_layout->addWidget(bar.widget);
    connect(bar.add, &QToolButton::clicked, this, &OperationsEditor::addOperation);
    connect(bar.remove, &QToolButton::clicked, this, &OperationsEditor::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedRanges().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, &OperationsEditor::cellEdited);
}

void OperationsEditor::setValue(const QVariant &value)
{
    auto operations = value.value<std::vector<ApiOperation>>();
    if (operations == m_operations && m_table->rowCount() == int(operations.size()))
        return;
    m_operations = std::move(operations);
    rebuild();
}

void OperationsEditor::rebuild()
{
    m_updating = true;
    const int row = m_table->currentRow(), column = m_table->currentColumn();
    m_table->setRowCount(int(m_operations.size()));
    for (int r = 0; r < int(m_operations.size()); ++r) {
        const ApiOperation &op = m_operations[std::size_t(r)];
        const QString texts[] = {op.id, op.method, op.path, op.summary, op.request, formatResponses(op.responses)};
        for (int c = 0; c < Idempotent; ++c) {
            auto *item = m_table->item(r, c);
            if (!item)
                m_table->setItem(r, c, item = new QTableWidgetItem);
            item->setText(texts[c]);
        }
        auto *check = m_table->item(r, Idempotent);
        if (!check) {
            m_table->setItem(r, Idempotent, check = new QTableWidgetItem);
            check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                            | Qt::ItemIsUserTristate);
        }
        check->setCheckState(checkState(op.idempotent));
    }
    if (row >= 0 && row < m_table->rowCount())
        m_table->setCurrentCell(row, column);
    m_updating = false;
}

void OperationsEditor::cellEdited(QTableWidgetItem *item)
{
    if (m_updating || item->row() >= int(m_operations.size()))
        return;
    ApiOperation &op = m_operations[std::size_t(item->row())];
    const QString text = item->text().trimmed();
    switch (item->column()) {
    case Id: op.id = text; break;
    case Method: op.method = text.toUpper(); break;
    case Path: op.path = text; break;
    case Summary: op.summary = text; break;
    case Request: op.request = text; break;
    case Responses: op.responses = parseResponses(text); break;
    case Idempotent:
        op.idempotent = item->checkState() == Qt::PartiallyChecked ? std::nullopt
                                                                    : std::optional<bool>(item->checkState() == Qt::Checked);
        break;
    default: return;
    }
    commit();
    rebuild();  // show the normalised text ("get" -> "GET", responses)
}

void OperationsEditor::commit() { emit edited(QVariant::fromValue(m_operations), false); }

void OperationsEditor::addOperation()
{
    QString id;
    for (int n = int(m_operations.size()) + 1;; ++n) {
        id = QStringLiteral("operation-%1").arg(n);
        if (std::none_of(m_operations.begin(), m_operations.end(), [&](const auto &op) { return op.id == id; }))
            break;
    }
    ApiOperation op;
    op.id = id;
    op.method = QStringLiteral("GET");
    op.path = QStringLiteral("/");
    m_operations.push_back(op);
    rebuild();
    commit();
    const int row = int(m_operations.size()) - 1;
    m_table->setCurrentCell(row, Id);
    m_table->editItem(m_table->item(row, Id));
}

void OperationsEditor::removeSelected()
{
    const QList<int> rows = selectedRowsDescending(m_table);
    if (rows.isEmpty())
        return;
    for (int row : rows)
        if (row < int(m_operations.size()))
            m_operations.erase(m_operations.begin() + row);
    rebuild();
    commit();
}

void OperationsEditor::setReadOnly(bool readOnly)
{
    setItemViewReadOnly(m_table, readOnly);
    m_buttons->setEnabled(!readOnly);
}

QWidget *OperationsEditor::inputWidget() const { return m_table; }

}  // namespace lintel
