#pragma once
// "Accept risk…": records that a finding is known and accepted — by whom,
// why and until when — instead of fixing it now. The result becomes an
// AcceptedRisk in the model, which suppresses the finding until it expires.
#include "model/rules/finding.h"
#include "model/types.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace lintel {

class AcceptRiskDialog : public QDialog {
    Q_OBJECT
public:
    explicit AcceptRiskDialog(const Finding &finding, QWidget *parent = nullptr);

    AcceptedRisk risk() const;

    // For tests and for pre-filling from elsewhere.
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *acceptedByEdit() const { return m_acceptedBy; }
    QDateEdit *expiryEdit() const { return m_expires; }
    QComboBox *targetCombo() const { return m_target; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    static QString defaultAcceptedBy();
    static constexpr int kDefaultValidityDays = 90;

private:
    QString m_rule;
    QComboBox *m_target;
    QPlainTextEdit *m_reason;
    QLineEdit *m_acceptedBy;
    QDateEdit *m_expires;
    QDialogButtonBox *m_buttons;
};

}  // namespace lintel
