#include "views/panels/acceptriskdialog.h"

#include "model/rules/validator.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintel {

QString AcceptRiskDialog::defaultAcceptedBy()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

AcceptRiskDialog::AcceptRiskDialog(const Finding &finding, QWidget *parent)
    : QDialog(parent), m_rule(finding.rule), m_target(new QComboBox(this)), m_reason(new QPlainTextEdit(this)),
      m_acceptedBy(new QLineEdit(this)), m_expires(new QDateEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("acceptRiskDialog"));
    setWindowTitle(QStringLiteral("Accept Risk"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);

    const RuleInfo *rule = findRule(finding.rule);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setText(QStringLiteral("<b>%1</b> <span style='color:#777'>(%2)</span><br>%3")
                       .arg((rule ? rule->title : finding.rule).toHtmlEscaped(), finding.rule.toHtmlEscaped(),
                            finding.message.toHtmlEscaped()));
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_target->addItems(finding.targets);
    m_target->setEnabled(finding.targets.size() > 1);
    form->addRow(QStringLiteral("Target:"), m_target);
    m_reason->setPlaceholderText(QStringLiteral("Why is this acceptable for now? (required)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(QStringLiteral("&Reason:"), m_reason);
    m_acceptedBy->setText(defaultAcceptedBy());
    form->addRow(QStringLiteral("Accepted &by:"), m_acceptedBy);
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expires->setMinimumDate(QDate::currentDate());
    m_expires->setDate(QDate::currentDate().addDays(kDefaultValidityDays));
    form->addRow(QStringLiteral("&Expires:"), m_expires);
    layout->addLayout(form);

    auto *note = new QLabel(QStringLiteral("The finding is hidden until the expiry date, then it comes back."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(QStringLiteral("Accept Risk"));
    // An acceptance without a reason or a name is worthless in a review.
    auto updateOk = [this, ok] {
        ok->setEnabled(!m_reason->toPlainText().trimmed().isEmpty() && !m_acceptedBy->text().trimmed().isEmpty());
    };
    connect(m_reason, &QPlainTextEdit::textChanged, this, updateOk);
    connect(m_acceptedBy, &QLineEdit::textChanged, this, updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    m_reason->setFocus();
}

AcceptedRisk AcceptRiskDialog::risk() const
{
    AcceptedRisk risk;
    risk.rule = m_rule;
    risk.target = m_target->currentText();
    risk.reason = m_reason->toPlainText().trimmed();
    risk.acceptedBy = m_acceptedBy->text().trimmed();
    risk.expires = m_expires->date().toString(Qt::ISODate);
    return risk;
}

}  // namespace lintel
