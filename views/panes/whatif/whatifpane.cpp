#include "whatifpane.h"
#include "widgets/recordtable.h"
#include "widgets/heading.h"

#include "commandlogmodel.h"
#include "whatifresultview.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hs {

WhatIfPane::WhatIfPane(Session *session, QWidget *parent) : Pane(session, parent)
{
    setObjectName(QStringLiteral("what-if"));
    m_model = new CommandLogModel(session->client(), this);
    m_model->setObjectName(QStringLiteral("whatIfCommandLog"));
    m_runner = new WhatIfRunner(this);

    m_heading = makeHeading(HeadingLevel::Pane);
    m_safety = new QLabel;
    m_safety->setObjectName(QStringLiteral("whatIfSafety"));
    m_safety->setWordWrap(true);
    m_safety->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); border: 1px solid palette(highlight); padding: 5px; }"));

    m_pickLabel = new QLabel;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("whatIfSearch"));
    m_search->setClearButtonEnabled(true);
    m_pickLabel->setBuddy(m_search);
    m_table = makeRecordTable(QStringLiteral("whatIfCommands"), m_model, QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The id is in each row's tooltip; the width goes to the comparison.
    m_table->setColumnHidden(CommandLogModel::Department, true);
    m_table->setColumnHidden(CommandLogModel::CommandId, true);
    m_table->setAlternatingRowColors(true);
    m_pasteLabel = new QLabel;
    m_pasted = new QLineEdit;
    m_pasted->setObjectName(QStringLiteral("whatIfPastedIds"));
    m_pasted->setClearButtonEnabled(true);
    m_pasteLabel->setBuddy(m_pasted);
    m_replay = new QPushButton(QIcon(QStringLiteral(":/icons/whatif.svg")), QString());
    m_replay->setObjectName(QStringLiteral("whatIfReplay"));
    m_replay->setDefault(true);
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("whatIfCancel"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("whatIfProgress"));
    m_progress->setVisible(false);

    auto *picker = new QWidget;
    auto *pl = new QVBoxLayout(picker);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->addWidget(m_pickLabel);
    pl->addWidget(m_search);
    pl->addWidget(m_table, 1);
    pl->addWidget(m_pasteLabel);
    pl->addWidget(m_pasted);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_replay, 1);
    buttons->addWidget(m_cancel);
    pl->addLayout(buttons);
    pl->addWidget(m_progress);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("whatIfSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result = new WhatIfResultView;
    auto *results = new QWidget;
    auto *rl = new QVBoxLayout(results);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_summary);
    rl->addWidget(m_result, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("whatIfSplitter"));
    splitter->addWidget(picker);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_safety);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_model, &CommandLogModel::setSearchText);
    connect(m_pasted, &QLineEdit::textChanged, this, &WhatIfPane::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WhatIfPane::updateActions);
    connect(m_replay, &QPushButton::clicked, this, &WhatIfPane::run);
    connect(m_cancel, &QPushButton::clicked, m_runner, &WhatIfRunner::cancel);
    connect(m_runner, &WhatIfRunner::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
    });
    connect(m_runner, &WhatIfRunner::finished, this, &WhatIfPane::onFinished);
    connect(m_model, &CommandLogModel::pageLoaded, this, [this] {
        markDataShown();
        const int row = m_pendingSelection.isEmpty() ? -1 : m_model->rowOf(m_pendingSelection);
        if (row >= 0) {
            m_table->selectRow(row);
            m_pendingSelection.clear();
        }
    });
    auto *find = new QShortcut(QKeySequence::Find, this, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    auto *replay = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this, [this] { if (m_replay->isEnabled()) run(); });
    replay->setContext(Qt::WidgetWithChildrenShortcut);
    retranslateUi();
    updateActions();
}

void WhatIfPane::refresh()
{
    // The branch always compares with the live store, whatever moment the other panes show.
    if (m_firstShow) {
        m_firstShow = false;
        m_model->setSearchText(m_search->text());
        chooseLatestDelivery();
    } else {
        m_model->catchUp();
    }
}

void WhatIfPane::chooseLatestDelivery()
{
    // A first look that shows something real: without the latest delivery its invoice goes.
    CommandSearch latest{{}, QStringLiteral("DeliverShipment"), QStringLiteral("accepted"), -1, -1, 1};
    m_choosingFirst = true;
    session()->client()->read(this, [latest](ReadContext &ctx) { return searchCommands(ctx.db.connection(), latest); },
                              [this](std::vector<CommandLogEntry> found) {
                                  m_choosingFirst = false;
                                  if (found.empty() || !chosenIds().isEmpty())
                                      return;
                                  const int row = m_model->rowOf(found.front().commandId);
                                  if (row >= 0)
                                      m_table->selectRow(row);
                                  else
                                      m_pasted->setText(found.front().commandId);
                                  run();
                              });
}

QStringList WhatIfPane::chosenIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids << i.data(CommandLogModel::CommandIdRole).toString();
    for (const QString &id : m_pasted->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        if (!ids.contains(id))
            ids << id;
    return ids;
}

bool WhatIfPane::isRunning() const { return m_runner->isRunning(); }

void WhatIfPane::run()
{
    const QStringList ids = chosenIds();
    if (ids.isEmpty())
        return;
    m_progress->setRange(0, 0); // busy until the first count arrives
    m_progress->setVisible(true);
    m_summary->setText(tr("Replaying the store without %1…").arg(ids.join(QStringLiteral(", "))));
    m_runner->start(session()->client()->path(), ids);
    updateActions();
    Q_EMIT status(m_summary->text());
}

void WhatIfPane::onFinished(const WhatIf::Outcome &o, bool cancelled)
{
    m_progress->setVisible(false);
    updateActions();
    if (cancelled) {
        m_summary->setText(tr("Replay cancelled. The live store was not changed."));
        return;
    }
    if (!o.unknownId.isEmpty()) {
        m_summary->setText(tr("No command or event has the id “%1”.").arg(o.unknownId));
        return;
    }
    if (!o.error.isEmpty()) {
        m_summary->setText(tr("The branch could not be replayed: %1").arg(o.error));
        return;
    }
    const QStringList differences{tr("%n shipment(s)", nullptr, int(o.shipments.size())),
                                  tr("%n truck(s)", nullptr, int(o.trucks.size())),
                                  tr("%n account(s)", nullptr, int(o.accounts.size())),
                                  tr("%n ledger(s)", nullptr, int(o.ledgers.size()))};
    m_summary->setText(tr("Without %1, %2 replayed from event %3 on: %4 whose outcome changes; %5 differ. "
                          "The live store was not changed.")
                           .arg(o.skipped.join(QStringLiteral(", ")),
                                tr("%n later command(s)", nullptr, int(o.replayedCommands)))
                           .arg(o.basePosition + 1)
                           .arg(tr("%n command(s)", nullptr, int(o.outcomeChanges.size())),
                                QLocale().createSeparatedList(differences)));
    m_result->showOutcome(o);
    Q_EMIT status(tr("What-if replay finished."));
    Q_EMIT outcomeShown();
}

void WhatIfPane::updateActions()
{
    const bool running = m_runner->isRunning();
    m_replay->setEnabled(!chosenIds().isEmpty());
    m_cancel->setEnabled(running);
}

void WhatIfPane::retranslateUi()
{
    m_heading->setText(tr("What if these commands had never been sent?"));
    m_safety->setText(tr("The commands after the first one you leave out are replayed, in their original order and through "
                         "the same rules and listeners, in a throw-away copy. The live store is never changed."));
    m_pickLabel->setText(tr("&Commands to leave out (most recent first; Ctrl+click to pick several):"));
    m_search->setPlaceholderText(tr("Search by command id, type, user or rejection code"));
    m_search->setAccessibleName(tr("Search the command log"));
    m_table->setAccessibleName(tr("Command log"));
    m_pasteLabel->setText(tr("…or &paste command or event ids:"));
    m_pasted->setPlaceholderText(tr("ids separated by commas or spaces"));
    m_pasted->setAccessibleName(tr("Command or event ids to leave out"));
    m_replay->setText(tr("&Replay without them"));
    m_replay->setAccessibleName(tr("Replay without them"));
    m_replay->setToolTip(tr("Replay the rest of history without the chosen commands in a throw-away copy (Ctrl+R). "
                            "The live store is never changed."));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the replay"));
    m_progress->setAccessibleName(tr("Replay progress"));
    m_summary->setAccessibleName(tr("What-if summary"));
    m_result->retranslateUi();
}

} // namespace hs
