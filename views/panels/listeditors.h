#pragma once
// Editors for fields whose values come from a set: references to other
// objects (editable combo boxes offering the ids of the right collection),
// free text with common suggestions (protocol, authentication), and lists
// ("a, b, c" with completion of the item being typed).
//
// Candidates are fetched lazily, when the user opens or focuses the editor,
// so a form on a model with thousands of elements costs nothing until used.
#include "views/panels/fieldeditor.h"

#include <QStringList>
#include <functional>

class QComboBox;
class QCompleter;
class QLineEdit;
class QStringListModel;

namespace lintel {

using CandidateSource = std::function<QStringList()>;
using NameOf = std::function<QString(const QString &id)>;

class ChoiceFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    // `commitWhileTyping`: free text with suggestions commits per keystroke;
    // id references commit on Enter, on leaving the field or on a pick, so
    // half-typed ids never reach the model (or the rule engine).
    ChoiceFieldEditor(CandidateSource candidates, bool commitWhileTyping, QWidget *parent = nullptr);
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;
    QWidget *inputWidget() const override;
    QComboBox *comboBox() const { return m_combo; }
    // References: the list and the field show names ("Payments team"),
    // the id is in each entry's tooltip and is what the field holds. Two
    // objects of one name are told apart by their id in brackets.
    void setNames(NameOf names) { m_names = std::move(names); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshCandidates();
    void commitIfChanged();
    QString shown(const QString &id) const;
    QString idFor(const QString &text) const;
    CandidateSource m_candidates;
    NameOf m_names;
    QComboBox *m_combo;
    QString m_current;
};

class StringListFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    // `candidates` may be empty (free list such as tags).
    explicit StringListFieldEditor(CandidateSource candidates = {}, QWidget *parent = nullptr);
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;
    QWidget *inputWidget() const override;
    void setPlaceholder(const QString &text);

    static QStringList parse(const QString &text);
    static QString format(const QStringList &items);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void completeLastItem();
    void insertCompletion(const QString &completion);
    void commitIfChanged();
    CandidateSource m_candidates;
    QLineEdit *m_edit;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completions = nullptr;
    QStringList m_current;
};

}  // namespace lintel
