#include "views/panels/inspectorfindings.h"

#include "model/style/diagramstyle.h"
#include "views/findingnames.h"

#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace lintel {

namespace {
constexpr int kVisibleLines = 4;  // more scroll; the strip never grows
}

InspectorFindings::InspectorFindings(QWidget *parent)
    : QWidget(parent), m_toggle(new QToolButton(this)), m_scroll(new QScrollArea(this)), m_list(new QLabel)
{
    setObjectName(QStringLiteral("inspectorFindings"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 4);
    layout->setSpacing(0);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setToolTip(QStringLiteral("Show or hide this object's findings"));
    m_toggle->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_toggle);

    m_list->setObjectName(QStringLiteral("inspectorFindingsList"));
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_list->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setContentsMargins(4, 2, 4, 2);
    // Long messages wrap; they never widen the dock.
    m_list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_scroll->setWidget(m_list);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFixedHeight(kVisibleLines * fontMetrics().lineSpacing() + 6);
    layout->addWidget(m_scroll);

    connect(m_toggle, &QToolButton::toggled, this, &InspectorFindings::setExpanded);
    setFindings({});
}

void InspectorFindings::setFindings(const Findings &findings, const Model *names)
{
    QStringList lines, withIds;
    for (const Finding &f : findings) {
        if (f.suppressed)
            continue;
        withIds << f.message;
        lines << QStringLiteral("<span style='color:%1'>●</span> %2")
                     .arg(findingColor(f.severity).name(), (names ? displayMessage(*names, f) : f.message).toHtmlEscaped());
    }
    m_toggle->setText(lines.isEmpty()  ? QStringLiteral("No findings")
                      : lines.size() == 1 ? QStringLiteral("1 finding")
                                          : QStringLiteral("%1 findings").arg(lines.size()));
    m_list->setText(lines.isEmpty() ? QStringLiteral("<span style='color:gray'>Nothing to check here.</span>")
                                    : lines.join(QStringLiteral("<br>")));
    m_list->setToolTip(withIds.join(u'\n'));  // the ids, as the CLI prints them
}

bool InspectorFindings::isExpanded() const { return m_toggle->isChecked(); }

void InspectorFindings::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_scroll->setVisible(expanded);
}

QString InspectorFindings::titleText() const { return m_toggle->text(); }
QString InspectorFindings::listText() const { return m_list->text(); }

}  // namespace lintel
