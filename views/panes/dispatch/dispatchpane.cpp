#include "dispatchpane.h"
#include "widgets/recordtable.h"
#include "widgets/heading.h"
#include "shell/theme.h"

#include "checkcalldialog.h"
#include "truckboard.h"
#include "truckcard.h"
#include "unassignedqueuemodel.h"
#include "util/isotime.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include "widgets/atrisklist.h"
#include "widgets/buttonshortcut.h"
#include "widgets/requiredtextdialog.h"
#include <QTableView>
#include <QVBoxLayout>

namespace hs {

namespace {

// The queue's table, telling the board when a drag starts so that every card asks the decider
// at once and lights up before the pointer reaches it.
class QueueView : public QTableView
{
public:
    std::function<void(const QString &)> onDragStart;

protected:
    void startDrag(Qt::DropActions actions) override
    {
        const QModelIndex i = currentIndex();
        if (i.isValid() && onDragStart)
            onDragStart(model()->index(i.row(), UnassignedQueueModel::Shipment).data(UnassignedQueueModel::RawRole).toString());
        QTableView::startDrag(actions);
    }
};

struct BoardRead
{
    std::vector<BoardTruck> trucks;
    std::vector<ShipmentView> queue;
    qint64 waiting = 0;
};

} // namespace

DispatchPane::DispatchPane(Session *session, QWidget *parent) : Pane(session, parent)
{
    setObjectName(QStringLiteral("dispatch"));

    m_heading = makeHeading(HeadingLevel::Pane);
    m_selection = new QLabel;
    m_selection->setObjectName(QStringLiteral("selectedTruckLabel"));
    m_selection->setWordWrap(true); // the hint wraps beside the action buttons rather than widen the pane

    auto *actions = new QHBoxLayout;
    actions->setSpacing(6);
    actions->addWidget(m_selection, 1);
    const char *names[] = {"shipButton", "deliverButton", "breakdownButton", "returnButton", "checkCallButton"};
    for (int i = 0; i < ActionCount; ++i) {
        m_buttons[size_t(i)] = new QPushButton;
        m_buttons[size_t(i)]->setObjectName(QLatin1String(names[i]));
        m_buttons[size_t(i)]->setEnabled(false);
        actions->addWidget(m_buttons[size_t(i)]);
    }
    m_buttons[Ship]->setIcon(QIcon(QStringLiteral(":/icons/truck.svg")));
    addButtonShortcut(m_buttons[Ship], QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    addButtonShortcut(m_buttons[Deliver], QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    addButtonShortcut(m_buttons[Breakdown], QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    addButtonShortcut(m_buttons[ReturnToService], QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    addButtonShortcut(m_buttons[CheckCall], QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_buttons[Ship], &QPushButton::clicked, this, [this] { shipSelected(); });
    connect(m_buttons[Deliver], &QPushButton::clicked, this, [this] { deliverSelected(); });
    connect(m_buttons[Breakdown], &QPushButton::clicked, this, [this] { reportBreakdownOfSelected(); });
    connect(m_buttons[ReturnToService], &QPushButton::clicked, this, [this] { returnSelectedToService(); });
    connect(m_buttons[CheckCall], &QPushButton::clicked, this, [this] { recordCheckCallForSelected(); });

    m_board = new TruckBoard(session);
    connect(m_board, &TruckBoard::selectionChanged, this, [this] { updateActions(); });
    connect(m_board, &TruckBoard::contextMenuRequested, this, &DispatchPane::showTruckMenu);
    connect(m_board, &TruckBoard::assignRequested, this, [this](const QString &shipment, const QString &truck) {
        submit(cmd::AssignTruck{shipment, truck}, tr("Assigning %1 to %2…").arg(shipment, truck));
    });

    // The queue: shipments waiting for a truck, oldest first.
    m_queue = new UnassignedQueueModel(this);
    m_queue->setPageRequester([this](int offset) { requestQueuePage(offset); });
    m_queueProxy = new QSortFilterProxyModel(this);
    m_queueProxy->setSourceModel(m_queue);
    m_queueProxy->setSortRole(UnassignedQueueModel::RawRole);
    auto *view = new QueueView;
    view->onDragStart = [this](const QString &shipment) { m_board->beginDrag(shipment); };
    m_queueView = view;
    setUpRecordView(m_queueView, QStringLiteral("unassignedQueue"), m_queueProxy);
    m_queueView->setDragEnabled(true);
    m_queueView->setDragDropMode(QAbstractItemView::DragOnly);
    m_queueView->setSortingEnabled(true);
    m_queueView->sortByColumn(UnassignedQueueModel::Waiting, Qt::AscendingOrder);
    m_queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queueView->horizontalHeader()->setStretchLastSection(true);
    m_queueView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_queueView, &QWidget::customContextMenuRequested, this, [this] { chooseTruckForSelected(); });
    m_queueHeading = makeHeading(HeadingLevel::Group);
    m_queueHeading->setStyleSheet(QStringLiteral("QLabel { padding: 4px 2px; border-bottom: 3px solid %1; }").arg(theme::shipmentStatus(ShipmentStatus::Submitted).name()));
    m_assignButton = new QPushButton;
    m_assignButton->setObjectName(QStringLiteral("assignButton"));
    addButtonShortcut(m_assignButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_assignButton, &QPushButton::clicked, this, &DispatchPane::chooseTruckForSelected);

    auto *queuePanel = new QWidget;
    auto *qv = new QVBoxLayout(queuePanel);
    qv->setContentsMargins(0, 0, 0, 0);
    qv->setSpacing(6);
    qv->addWidget(m_queueHeading);
    qv->addWidget(m_queueView, 1);
    qv->addWidget(m_assignButton);

    // Under the queue, the shipments at risk, for the dispatcher to work through.
    m_atRisk = new AtRiskList(session);
    m_atRisk->setObjectName(QStringLiteral("dispatchAtRisk"));
    auto *side = new QSplitter(Qt::Vertical);
    side->setObjectName(QStringLiteral("dispatchSideSplitter"));
    side->setChildrenCollapsible(false);
    side->addWidget(queuePanel);
    side->addWidget(m_atRisk);

    auto *split = new QSplitter;
    split->setObjectName(QStringLiteral("dispatchSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_board);
    split->addWidget(side);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 3);
    split->setSizes({680, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    connect(session, &Session::actorChanged, this, [this] {
        m_board->forgetVerdicts();
        updateAssignButton();
        updateActions();
    });
    retranslateUi();
}

void DispatchPane::retranslateUi()
{
    m_heading->setText(tr("Dispatch board"));
    m_buttons[Ship]->setText(tr("&Ship"));
    m_buttons[Deliver]->setText(tr("&Deliver…"));
    m_buttons[Breakdown]->setText(tr("Report &breakdown…"));
    m_buttons[ReturnToService]->setText(tr("&Return to service"));
    m_buttons[CheckCall]->setText(tr("Check &call…"));
    m_enabledTips = {tr("Send the truck out with its shipment (Ctrl+Shift+S)"),
                     tr("Record the delivery and who signed for it (Ctrl+Shift+D)"),
                     tr("Take the truck out of service; a shipment not yet shipped goes back to the queue (Ctrl+Shift+B)"),
                     tr("Put the repaired truck back on the board (Ctrl+Shift+R)"),
                     tr("Record where the load is and when it should arrive, from the driver's call (Ctrl+Shift+K)")};
    const QString accessible[] = {tr("Ship the selected truck's shipment"), tr("Deliver the selected truck's shipment"),
                                  tr("Report a breakdown of the selected truck"), tr("Return the selected truck to service"),
                                  tr("Record a check call for the selected truck's shipment")};
    for (int i = 0; i < ActionCount; ++i)
        m_buttons[size_t(i)]->setAccessibleName(accessible[i]);
    m_assignButton->setText(tr("&Assign to…"));
    m_assignButton->setAccessibleName(tr("Assign the selected shipment to a truck"));
    m_queueView->setAccessibleName(tr("Shipments waiting for a truck"));
    m_board->setAccessibleName(tr("Truck board"));
    m_board->retranslateUi();
    m_queueHeading->setText(tr("Waiting for a truck  (%1)").arg(QLocale().toString(m_queue->total())));
    updateAssignButton();
    updateActions();
}

QString DispatchPane::selectedShipment() const
{
    const QModelIndex i = m_queueView->currentIndex();
    if (!i.isValid() || !m_queueView->selectionModel()->isRowSelected(i.row(), {}))
        return {};
    return m_queueProxy->index(i.row(), UnassignedQueueModel::Shipment).data(UnassignedQueueModel::RawRole).toString();
}

void DispatchPane::refresh()
{
    const bool live = session()->isLive();
    m_board->setReadOnly(live ? QString() : tr("Read-only: this is how the board stood in the past."));
    m_board->forgetVerdicts();
    updateAssignButton();
    retranslateUi();
    m_atRisk->reevaluate();
    const int want = std::max<int>(UnassignedQueueModel::pageSize, m_queue->rowCount());
    session()->read(this, [want](ReadContext &ctx, const AsOf *at) {
        BoardRead r;
        for (TruckView &t : ctx.queries.trucks(at)) {
            BoardTruck b{t, std::nullopt, std::nullopt};
            if (!t.truck.shipmentId.isEmpty()) {
                b.load = ctx.queries.shipment(t.truck.shipmentId, at);
                b.lastCall = ctx.queries.lastCheckCall(t.truck.shipmentId, at);
            }
            r.trucks.push_back(std::move(b));
        }
        ShipmentQuery q;
        q.status = ShipmentStatus::Submitted;
        q.order = ShipmentQuery::Order::OldestFirst;
        q.limit = want;
        r.queue = ctx.queries.shipments(q, at);
        r.waiting = ctx.queries.shipmentCount(q, at);
        return r;
    }, [this](BoardRead r) {
        m_board->setTrucks(r.trucks);
        m_queue->setQueue(std::move(r.queue), r.waiting);
        m_queueHeading->setText(tr("Waiting for a truck  (%1)").arg(QLocale().toString(r.waiting)));
        updateActions();
        markDataShown();
    });
}

void DispatchPane::requestQueuePage(int offset)
{
    session()->read(this, [offset](ReadContext &ctx, const AsOf *at) {
        ShipmentQuery q;
        q.status = ShipmentStatus::Submitted;
        q.order = ShipmentQuery::Order::OldestFirst;
        q.offset = offset;
        q.limit = UnassignedQueueModel::pageSize;
        return ctx.queries.shipments(q, at);
    }, [this, offset](std::vector<ShipmentView> page) { m_queue->appendPage(offset, std::move(page)); });
}

void DispatchPane::setAction(Action a, bool enabled, const QString &why)
{
    m_buttons[size_t(a)]->setEnabled(enabled);
    m_buttons[size_t(a)]->setToolTip(enabled ? m_enabledTips[size_t(a)] : why);
}

void DispatchPane::updateActions(std::function<void()> then)
{
    const int serial = ++m_updateSerial;
    const QString truckId = m_board->selectedTruck();
    TruckCard *card = m_board->card(truckId);
    if (!card) {
        m_selection->setText(tr("Select a truck on the board to act on it; drag a waiting shipment onto a truck to assign it."));
        for (int i = 0; i < ActionCount; ++i)
            setAction(Action(i), false, tr("Select a truck first."));
        if (then)
            then();
        return;
    }
    const TruckView t = card->truck();
    const QString load = t.truck.shipmentId;
    m_selection->setText(load.isEmpty() ? tr("Truck %1 — %2").arg(truckId, TruckBoard::stateTitle(t.state()))
                                        : tr("Truck %1 — %2 with %3").arg(truckId, TruckBoard::stateTitle(t.state()), load));
    if (!session()->isLive()) {
        for (int i = 0; i < ActionCount; ++i)
            setAction(Action(i), false, tr("Read-only: you are looking at the past. Return to live to act."));
        if (then)
            then();
        return;
    }
    // Ask the reducer's decider; the placeholders only stand in for what a dialog will ask.
    std::vector<std::pair<Action, Command>> actions;
    if (!load.isEmpty()) {
        actions.emplace_back(Ship, cmd::ShipShipment{load});
        actions.emplace_back(Deliver, cmd::DeliverShipment{load, QStringLiteral("?")});
        actions.emplace_back(CheckCall, cmd::RecordCheckCall{load, QStringLiteral("?"), QString(), std::nullopt});
    }
    actions.emplace_back(Breakdown, cmd::ReportBreakdown{truckId, QStringLiteral("?")});
    actions.emplace_back(ReturnToService, cmd::ReturnTruckToService{truckId});
    session()->explain(this, actions, [this, serial, load, truckId, then](const Verdicts<Action> &v) {
        if (serial != m_updateSerial)
            return;
        if (load.isEmpty()) {
            setAction(Ship, false, tr("Truck %1 holds no shipment to ship.").arg(truckId));
            setAction(Deliver, false, tr("Truck %1 holds no shipment to deliver.").arg(truckId));
            setAction(CheckCall, false, tr("Truck %1 carries no shipment to report on.").arg(truckId));
        }
        for (const Action a : {Ship, Deliver, CheckCall, Breakdown, ReturnToService})
            if (v.asked(a))
                setAction(a, v.allows(a), v.refusal(a));
        Q_EMIT actionsUpdated();
        if (then)
            then();
    });
}

void DispatchPane::submit(const Command &command, const QString &status)
{
    session()->submit(command);
    Q_EMIT this->status(status);
}

void DispatchPane::shipSelected()
{
    TruckCard *card = m_board->card(m_board->selectedTruck());
    if (card && m_buttons[Ship]->isEnabled())
        submit(cmd::ShipShipment{card->truck().truck.shipmentId},
               tr("Shipping %1 on %2…").arg(card->truck().truck.shipmentId, card->truckId()));
}

void DispatchPane::deliverSelected(const QString &signedByGiven)
{
    TruckCard *card = m_board->card(m_board->selectedTruck());
    if (!card || !m_buttons[Deliver]->isEnabled())
        return;
    const QString shipment = card->truck().truck.shipmentId;
    QString signedBy = signedByGiven;
    if (signedBy.isEmpty()) {
        const auto typed = RequiredTextDialog::ask(this, tr("Deliver %1").arg(shipment), tr("Who signed for shipment %1?").arg(shipment),
                                                   tr("Type the name of the person who signed; a delivery needs a signature."), 120);
        if (!typed)
            return;
        signedBy = *typed;
    }
    submit(cmd::DeliverShipment{shipment, signedBy.left(120)}, tr("Delivering %1, signed by %2…").arg(shipment, signedBy));
}

void DispatchPane::reportBreakdownOfSelected(const QString &reasonGiven)
{
    const QString truckId = m_board->selectedTruck();
    if (truckId.isEmpty() || !m_buttons[Breakdown]->isEnabled())
        return;
    QString reason = reasonGiven;
    if (reason.isEmpty()) {
        const auto typed = RequiredTextDialog::ask(this, tr("Report a breakdown of %1").arg(truckId), tr("What is wrong with truck %1?").arg(truckId),
                                                   tr("Say what is wrong; a breakdown needs a reason."), 200);
        if (!typed)
            return;
        reason = *typed;
    }
    submit(cmd::ReportBreakdown{truckId, reason.left(200)}, tr("Reporting a breakdown of %1…").arg(truckId));
}

void DispatchPane::returnSelectedToService()
{
    const QString truckId = m_board->selectedTruck();
    if (truckId.isEmpty() || !m_buttons[ReturnToService]->isEnabled())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Return %1 to service").arg(truckId),
                    tr("Has truck %1 been repaired? It goes back on the board and can take shipments again.").arg(truckId),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.button(QMessageBox::Yes)->setText(tr("&Return to service"));
    ask.button(QMessageBox::Yes)->setAccessibleName(tr("Return truck %1 to service").arg(truckId));
    ask.button(QMessageBox::Cancel)->setAccessibleName(tr("Keep truck %1 out of service").arg(truckId));
    if (ask.exec() == QMessageBox::Yes)
        submit(cmd::ReturnTruckToService{truckId}, tr("Returning %1 to service…").arg(truckId));
}

void DispatchPane::recordCheckCallForSelected()
{
    TruckCard *card = m_board->card(m_board->selectedTruck());
    if (!card || !m_buttons[CheckCall]->isEnabled())
        return;
    const QString shipment = card->truck().truck.shipmentId;
    CheckCallDialog d(shipment, card->truckId(), isotime::nowMs(), this);
    if (d.exec() != QDialog::Accepted)
        return;
    submit(cmd::RecordCheckCall{shipment, d.location(), d.note(), d.eta()},
           tr("Recording a check call for %1 at %2…").arg(shipment, d.location()));
}

void DispatchPane::showTruckMenu(const QString &truckId, const QPoint &globalPos)
{
    m_board->select(truckId);
    updateActions([this, truckId, globalPos] {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setToolTipsVisible(true);
        const std::function<void()> run[] = {[this] { shipSelected(); }, [this] { deliverSelected(); },
                                             [this] { reportBreakdownOfSelected(); }, [this] { returnSelectedToService(); },
                                             [this] { recordCheckCallForSelected(); }};
        for (int i = 0; i < ActionCount; ++i) {
            QAction *a = menu->addAction(m_buttons[size_t(i)]->text(), this, run[i]);
            a->setEnabled(m_buttons[size_t(i)]->isEnabled());
            a->setToolTip(m_buttons[size_t(i)]->toolTip());
        }
        menu->setTitle(tr("Truck %1").arg(truckId));
        menu->popup(globalPos);
    });
}

void DispatchPane::updateAssignButton()
{
    // A department that may not assign is not offered twelve greyed trucks, each refusing.
    const bool mayAssign = departmentFor(Command{cmd::AssignTruck{}}) == session()->actor().department;
    m_assignButton->setEnabled(session()->isLive() && mayAssign);
    m_assignButton->setToolTip(!session()->isLive() ? tr("Read-only: you are looking at the past. Return to live to act.")
                               : !mayAssign ? tr("Only Dispatch assigns trucks to shipments.")
                                            : tr("Choose a truck for the selected shipment (Ctrl+Shift+A), or drag the shipment onto a truck"));
}

void DispatchPane::chooseTruckForSelected()
{
    if (!m_assignButton->isEnabled()) {
        Q_EMIT status(m_assignButton->toolTip());
        return;
    }
    const QString shipment = selectedShipment();
    if (shipment.isEmpty()) {
        Q_EMIT status(tr("Select a waiting shipment first."));
        return;
    }
    QStringList trucks;
    for (int s = 0; s < 4; ++s)
        trucks += m_board->trucksIn(TruckState(s));
    std::sort(trucks.begin(), trucks.end(), TruckBoard::truckIdLess);
    std::vector<std::pair<QString, Command>> assignments;
    for (const QString &t : trucks)
        assignments.emplace_back(t, cmd::AssignTruck{shipment, t});
    const QPoint at = m_assignButton->mapToGlobal(QPoint(0, m_assignButton->height()));
    session()->explain(this, assignments, [this, shipment, trucks, at](const Verdicts<QString> &v) {
        auto *menu = new QMenu(this);
        menu->setObjectName(QStringLiteral("assignMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setToolTipsVisible(true);
        menu->addSection(tr("Assign %1 to").arg(shipment));
        for (const QString &truck : trucks) {
            TruckCard *card = m_board->card(truck);
            const QString cap = card ? tr("%1 (cap. %2 lb)").arg(truck, QLocale().toString(card->truck().truck.capacityLb)) : truck;
            const QString refusal = v.refusal(truck);
            QAction *a = menu->addAction(refusal.isEmpty() ? cap : tr("%1 — %2").arg(cap, refusal), this, [this, shipment, truck] {
                m_board->assign(shipment, truck);
            });
            a->setEnabled(v.allows(truck));
            a->setToolTip(refusal);
        }
        menu->popup(at);
    });
}

} // namespace hs
