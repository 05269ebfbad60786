#include "views/panels/structuredsummary.h"

#include "model/types.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lintel {

namespace {

template <class Items, class Name> QString listOf(const Items &items, const QString &noun, Name name)
{
    if (items.empty())
        return QStringLiteral("No %1s").arg(noun);
    QStringList names;
    for (const auto &item : items) {
        if (names.size() == 3) {
            names << QStringLiteral("…");
            break;
        }
        names << name(item);
    }
    return QStringLiteral("%1 %2%3: %4")
        .arg(items.size())
        .arg(noun, items.size() == 1 ? QString() : QStringLiteral("s"), names.join(QStringLiteral(", ")));
}

}  // namespace

QString StructuredSummary::summarize(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<std::vector<ApiOperation>>())
        return listOf(value.value<std::vector<ApiOperation>>(), QStringLiteral("operation"),
                      [](const ApiOperation &op) { return (op.method + u' ' + op.path).trimmed(); });
    if (value.metaType() == QMetaType::fromType<OrderedMap<OrderedMap<QString>>>())
        return listOf(value.value<OrderedMap<OrderedMap<QString>>>(), QStringLiteral("schema"),
                      [](const auto &entry) { return entry.first; });
    if (value.metaType() == QMetaType::fromType<std::vector<DecisionOption>>())
        return listOf(value.value<std::vector<DecisionOption>>(), QStringLiteral("option"),
                      [](const DecisionOption &o) { return o.name; });
    if (value.metaType() == QMetaType::fromType<OrderedMap<Position>>()) {
        const auto positions = value.value<OrderedMap<Position>>();
        return QStringLiteral("%1 placed on the canvas").arg(positions.size());
    }
    return QStringLiteral("(structured value)");
}

StructuredSummary::StructuredSummary(const QString &path, bool editable, QWidget *parent)
    : FieldEditor(parent), m_summary(new QLabel(this))
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(row);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(m_summary, 1);
    if (editable) {
        m_open = new QPushButton(QStringLiteral("Edit…"), this);
        m_open->setObjectName(QStringLiteral("open-") + path);
        m_open->setToolTip(QStringLiteral("Open the %1 editor").arg(path));
        row->addWidget(m_open, 0, Qt::AlignTop);
        connect(m_open, &QPushButton::clicked, this, &StructuredSummary::openRequested);
    }
}

void StructuredSummary::setValue(const QVariant &value) { m_summary->setText(summarize(value)); }
QWidget *StructuredSummary::inputWidget() const { return m_open ? static_cast<QWidget *>(m_open) : m_summary; }
QString StructuredSummary::summary() const { return m_summary->text(); }

}  // namespace lintel
