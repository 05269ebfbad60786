#include "views/panels/fieldeditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lintel {

FieldEditor::FieldEditor(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

void FieldEditor::setError(const QString &message)
{
    if (message.isEmpty() && !m_error)
        return;
    if (!m_error) {
        m_error = new QLabel(this);
        m_error->setObjectName(QStringLiteral("fieldError"));
        m_error->setWordWrap(true);
        QPalette palette = m_error->palette();
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
        m_error->setPalette(palette);
        m_layout->addWidget(m_error);
    }
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString FieldEditor::errorText() const
{
    return m_error ? m_error->text() : QString();
}

}  // namespace lintel
