#pragma once

#include "explore/whatif.h"

#include <QTreeWidget>

namespace hs {

// A what-if branch beside the live store: the skipped commands, the later commands whose
// outcome changes, and every read-model row that differs (shipments, trucks, accounts,
// ledgers), field by field in two columns, the changed fields highlighted.
class WhatIfResultView : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { What, Live, Branch, ColumnCount };
    // Set on each field row: true when live and branch differ there.
    static constexpr int ChangedRole = Qt::UserRole + 1;

    explicit WhatIfResultView(QWidget *parent = nullptr);
    void showOutcome(const WhatIf::Outcome &outcome);
    void retranslateUi();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void measureLabels();
    void fitLabels();
    QTreeWidgetItem *section(const QString &title);
    void addEntity(QTreeWidgetItem *parent, const QString &title, const QByteArray &live, const QByteArray &branch);
    void addLedger(QTreeWidgetItem *parent, const WhatIf::LedgerDifference &d);
    void note(QTreeWidgetItem *parent, const QString &text);
    QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &what, const QString &live, const QString &branch);

    int m_labelWidth = 0; // the widest field label with its indentation
};

} // namespace hs
