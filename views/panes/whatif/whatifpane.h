#pragma once

#include "explore/whatifrunner.h"
#include "shell/pane.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace hs {

class CommandLogModel;
class WhatIfResultView;

// What if a command had never been sent? Pick commands from the log (or paste command or
// event ids), replay everything after them without them in a throw-away branch, and compare
// the branch with the live store. The live store is only read.
class WhatIfPane : public Pane
{
    Q_OBJECT
public:
    explicit WhatIfPane(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("What-If"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/whatif.svg")); }
    void refresh() override;

    // The command and event ids the next replay leaves out: the selected rows and pasted ids.
    QStringList chosenIds() const;
    void run();
    bool isRunning() const;
    bool isBusy() const override { return isRunning() || m_choosingFirst; }
    CommandLogModel *commandLog() const { return m_model; }
    WhatIfResultView *resultView() const { return m_result; }

Q_SIGNALS:
    void outcomeShown();

protected:
    void retranslateUi() override;

private:
    void chooseLatestDelivery();
    void onFinished(const WhatIf::Outcome &outcome, bool cancelled);
    void updateActions();

    CommandLogModel *m_model;
    WhatIfRunner *m_runner;
    QLabel *m_heading;
    QLabel *m_safety;
    QLabel *m_pickLabel;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_pasteLabel;
    QLineEdit *m_pasted;
    QPushButton *m_replay;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    WhatIfResultView *m_result;
    bool m_firstShow = true;
    bool m_choosingFirst = false;
    QString m_pendingSelection;
};

} // namespace hs
