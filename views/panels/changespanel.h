#pragma once
// What changed between the version the model is compared with and the open
// model (File → Compare With…): one row per object, grouped by section,
// coloured as the canvas marks them, its changed fields beneath; the risk
// delta on top. Selecting an object's row selects it in the editor.
#include "model/compare/modeldiff.h"
#include "model/compare/riskdelta.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lintel {

class ChangesPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChangesPanel(QWidget *parent = nullptr);

    // `label` names the other version ("HEAD:shop.yaml"), `other` is it.
    void showDiff(const QString &label, const ModelDiff &diff, const RiskDelta &risks, const Model &other,
                  const Model &current);
    QTreeWidget *tree() const { return m_tree; }
    QLabel *summary() const { return m_summary; }
    QPushButton *leaveButton() const { return m_leave; }

    // The colours the canvas uses too, so panel and diagram read alike.
    static QColor colourFor(ChangeStatus status);

signals:
    void objectActivated(const lintel::ObjectRef &ref);
    void leaveRequested();

private:
    QLabel *m_summary;
    QPushButton *m_leave;
    QTreeWidget *m_tree;
};

}  // namespace lintel
