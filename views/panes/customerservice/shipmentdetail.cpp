#include "shipmentdetail.h"
#include "widgets/heading.h"

#include "panes/dispatch/checkcalldialog.h"
#include "widgets/messagewords.h"
#include "widgets/money.h"

#include "cancelreasondialog.h"
#include "widgets/documentbutton.h"
#include "readmodel/intakequeries.h"
#include "shipmentwords.h"
#include "util/isotime.h"

#include <QGridLayout>
#include <QBoxLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hs {

ShipmentDetail::ShipmentDetail(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("shipmentDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_heading = makeHeading(HeadingLevel::Section, "detailHeading");
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("cancelShipmentButton"));
    m_cancel->setEnabled(false);
    m_checkCall = new QPushButton;
    m_checkCall->setObjectName(QStringLiteral("checkCallButton"));
    m_checkCall->setEnabled(false);
    m_documents = new DocumentButton(session, {DocumentButton::Kind::BillOfLading, DocumentButton::Kind::RateConfirmation,
                                               DocumentButton::Kind::Invoice});
    // The heading above its actions: side by side they set the pane's narrowest width.
    layout->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_documents);
    top->addWidget(m_checkCall);
    top->addWidget(m_cancel);
    layout->addLayout(top);

    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    // A grid, not a form layout: it gives each fact the height it asks for (see arrangeColumns).
    m_form = new QGridLayout;
    m_form->setColumnStretch(1, 1);
    const auto fact = [this](const char *name) {
        auto *l = new QLabel;
        l->setObjectName(QLatin1String(name));
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        const int row = int(m_captions.size());
        m_captions << new QLabel;
        m_form->addWidget(m_captions.back(), row, 0, Qt::AlignLeft | Qt::AlignTop);
        m_form->addWidget(l, row, 1, Qt::AlignTop);
        return l;
    };
    m_account = fact("detailAccount");
    m_status = fact("detailStatus");
    m_truck = fact("detailTruck");
    m_weight = fact("detailWeight");
    m_price = fact("detailPrice");
    m_pickup = fact("detailPickup");
    m_destination = fact("detailDestination");
    m_reference = fact("detailReference");
    m_promised = fact("detailPromised");
    m_lastCall = fact("detailLastCall");
    m_version = fact("detailVersion");
    m_columns->addLayout(m_form, 1);

    auto *right = new QVBoxLayout;
    m_timelineLabel = new QLabel;
    m_timeline = new QListWidget;
    m_timeline->setObjectName(QStringLiteral("detailTimeline"));
    m_timeline->setWordWrap(true);
    m_timeline->setSpacing(2);
    // A few lines at least, else whatever room is left (it scrolls): under the facts it must
    // leave them theirs, and its own wish for height would make the whole detail scroll.
    m_timeline->setMinimumHeight(4 * m_timeline->fontMetrics().lineSpacing());
    m_timeline->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_timelineLabel->setBuddy(m_timeline);
    m_waiting = new QLabel;
    m_waiting->setObjectName(QStringLiteral("detailWaiting"));
    m_waiting->setWordWrap(true);
    right->addWidget(m_timelineLabel);
    right->addWidget(m_timeline, 1);
    right->addWidget(m_waiting);
    m_columns->addLayout(right, 1);
    layout->addLayout(m_columns, 1);

    connect(m_cancel, &QPushButton::clicked, this, &ShipmentDetail::cancelShipment);
    connect(m_checkCall, &QPushButton::clicked, this, &ShipmentDetail::recordCheckCall);
    connect(session, &Session::actorChanged, this, &ShipmentDetail::updateCancel);
    retranslateUi();
    show(Facts{});
}

void ShipmentDetail::showShipment(const QString &shipmentId)
{
    if (shipmentId == m_id)
        return;
    m_id = shipmentId;
    // Never show one shipment's facts under another's heading while the read is under way.
    ++m_generation;
    show(Facts{});
    reload();
}

void ShipmentDetail::reload()
{
    const int generation = ++m_generation;
    if (m_id.isEmpty()) {
        show(Facts{});
        return;
    }
    const QString id = m_id;
    m_session->read(this, [id](ReadContext &ctx, const AsOf *at) {
        Facts facts;
        facts.shipment = ctx.queries.shipment(id, at);
        if (facts.shipment)
            facts.account = ctx.queries.account(facts.shipment->accountId, at);
        facts.events = intake::shipmentEvents(ctx.events, id, at ? std::optional(at->time) : std::nullopt);
        return facts;
    }, [this, generation](Facts facts) {
        if (generation != m_generation)
            return;
        show(facts, true);
        Q_EMIT loaded();
    });
}

void ShipmentDetail::show(const Facts &facts, bool loaded)
{
    m_shown = facts.shipment;
    const bool has = facts.shipment.has_value();
    m_documents->setSubject(has ? facts.shipment->shipmentId : QString());
    for (QLabel *l : factLabels())
        l->clear();
    m_timeline->clear();
    m_waiting->clear();
    if (!has) {
        m_heading->setText(m_id.isEmpty() ? tr("Select a shipment to see its timeline") : loaded ? tr("Shipment %1 does not exist at the shown moment").arg(m_id) : tr("Shipment %1").arg(m_id));
        arrangeColumns();
        updateCancel();
        return;
    }
    const ShipmentView &s = *facts.shipment;
    m_heading->setText(tr("Shipment %1").arg(s.shipmentId));
    m_account->setText(facts.account ? QStringLiteral("%1 — %2").arg(s.accountId, facts.account->name) : s.accountId);
    m_status->setText(shipmentwords::status(s.status));
    m_truck->setText(s.truckId.isEmpty() ? tr("none") : s.truckId);
    m_weight->setText(tr("%1 lb").arg(QLocale().toString(s.weightLb)));
    m_price->setText(formatMoney(s.priceCents));
    m_pickup->setText(shipmentwords::address(s.pickup));
    m_destination->setText(shipmentwords::address(s.destination));
    m_version->setText(tr("shipment-%1 v%2").arg(s.shipmentId).arg(s.version));
    showPromisesAndCalls(s, facts.events);
    for (const RecordedEvent &e : facts.events) {
        auto *item = new QListWidgetItem(words::timeline(e), m_timeline);
        item->setToolTip(tr("%1 at position %2, command %3").arg(words::eventOfType(e.type())).arg(e.position).arg(e.commandId));
    }
    // What the clerk is usually asked: how long has it been waiting, and for what?
    const qint64 now = m_session->asOfTime().value_or(isotime::nowMs());
    const qint64 since = facts.events.empty() ? s.submittedAt : facts.events.back().occurredAt;
    const QString waited = shipmentwords::duration(now - since);
    switch (s.status) {
    case ShipmentStatus::Submitted: m_waiting->setText(tr("Waiting for a truck for %1.").arg(waited)); break;
    case ShipmentStatus::Assigned: m_waiting->setText(tr("On %1, waiting to be picked up for %2.").arg(s.truckId, waited)); break;
    case ShipmentStatus::OutForDelivery: m_waiting->setText(tr("On the road with %1 for %2.").arg(s.truckId, waited)); break;
    case ShipmentStatus::Delivered:
    case ShipmentStatus::Cancelled: break;
    }
    arrangeColumns();
    updateCancel();
}

QList<QLabel *> ShipmentDetail::factLabels() const
{
    return {m_account, m_status, m_truck, m_weight, m_price, m_pickup, m_destination, m_reference, m_promised, m_lastCall, m_version};
}

void ShipmentDetail::showPromisesAndCalls(const ShipmentView &s, const std::vector<RecordedEvent> &events)
{
    m_reference->setText(s.customerReference.isEmpty() ? tr("none") : s.customerReference);
    QStringList promised;
    if (s.pickupBy)
        promised << tr("pickup by %1").arg(shipmentwords::when(*s.pickupBy));
    if (s.deliverBy)
        promised << tr("delivery by %1").arg(shipmentwords::when(*s.deliverBy));
    m_promised->setText(promised.isEmpty() ? tr("nothing promised") : promised.join(QStringLiteral(" · ")));
    const ev::CheckCallRecorded *last = nullptr;
    qint64 calledAt = 0;
    for (const RecordedEvent &e : events)
        if (const auto *call = std::get_if<ev::CheckCallRecorded>(&e.event)) {
            last = call;
            calledAt = e.occurredAt;
        }
    if (!last)
        m_lastCall->setText(tr("no check call yet"));
    else if (last->eta)
        m_lastCall->setText(tr("%1 (called %2), arriving about %3").arg(last->location, shipmentwords::when(calledAt), shipmentwords::when(*last->eta)));
    else
        m_lastCall->setText(tr("%1 (called %2)").arg(last->location, shipmentwords::when(calledAt)));
}

void ShipmentDetail::updateCancel()
{
    if (!m_shown) {
        for (QPushButton *b : {m_cancel, m_checkCall}) {
            b->setEnabled(false);
            b->setToolTip(tr("Select a shipment first."));
        }
        return;
    }
    if (!m_session->isLive()) {
        for (QPushButton *b : {m_cancel, m_checkCall}) {
            b->setEnabled(false);
            b->setToolTip(tr("The dashboard shows a past moment: this view is read-only."));
        }
        return;
    }
    // The decider answers from the reducer's live state: the same rule that will judge the command.
    const QString id = m_shown->shipmentId;
    const int generation = m_generation;
    enum Action { Cancel, CheckCall };
    const std::vector<std::pair<Action, Command>> actions{{Cancel, cmd::CancelShipment{id, tr("(reason to follow)")}},
                                                          {CheckCall, cmd::RecordCheckCall{id, QStringLiteral("?"), QString(), std::nullopt}}};
    m_session->explain(this, actions, [this, id, generation](const Verdicts<Action> &v) {
        if (generation != m_generation || !v.asked(Cancel) || !v.asked(CheckCall))
            return;
        m_cancel->setEnabled(v.allows(Cancel));
        m_cancelReason = v.refusal(Cancel);
        m_cancel->setToolTip(v.allows(Cancel) ? tr("Cancel shipment %1; you will be asked for a reason.").arg(id) : m_cancelReason);
        m_checkCall->setEnabled(v.allows(CheckCall));
        m_checkCall->setToolTip(v.allows(CheckCall) ? tr("Record where shipment %1 is, from the driver's call.").arg(id) : v.refusal(CheckCall));
    });
}

void ShipmentDetail::cancelShipment()
{
    if (!m_shown || !m_cancel->isEnabled())
        return;
    CancelReasonDialog dialog(m_shown->shipmentId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->submit(cmd::CancelShipment{m_shown->shipmentId, dialog.reason()});
}

void ShipmentDetail::recordCheckCall()
{
    if (!m_shown || !m_checkCall->isEnabled())
        return;
    CheckCallDialog dialog(m_shown->shipmentId, m_shown->truckId, isotime::nowMs(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->submit(cmd::RecordCheckCall{m_shown->shipmentId, dialog.location(), dialog.note(), dialog.eta()});
}

QStringList ShipmentDetail::timeline() const
{
    QStringList out;
    for (int i = 0; i < m_timeline->count(); ++i)
        out << m_timeline->item(i)->text();
    return out;
}

void ShipmentDetail::retranslateUi()
{
    const char *const names[] = {QT_TR_NOOP("Account"), QT_TR_NOOP("Status"), QT_TR_NOOP("Truck"), QT_TR_NOOP("Weight"),
                                 QT_TR_NOOP("Price"), QT_TR_NOOP("Pickup"), QT_TR_NOOP("Destination"), QT_TR_NOOP("Reference"),
                                 QT_TR_NOOP("Promised"), QT_TR_NOOP("Last check call"), QT_TR_NOOP("Stream")};
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions[i]->setText(tr(names[i]));
    m_timelineLabel->setText(tr("&Timeline"));
    m_timeline->setAccessibleName(tr("Shipment timeline"));
    m_cancel->setText(tr("&Cancel Shipment…"));
    m_cancel->setAccessibleName(tr("Cancel shipment"));
    m_checkCall->setText(tr("Check C&all…"));
    m_checkCall->setAccessibleName(tr("Record a check call for this shipment"));
    m_heading->setAccessibleName(tr("Selected shipment"));
    m_waiting->setAccessibleName(tr("Waiting time"));
    arrangeColumns();
    reload();
}

void ShipmentDetail::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeColumns();
}

void ShipmentDetail::arrangeColumns()
{
    // The facts beside the timeline only where both get room: squeezed, an address wraps into
    // a narrow column line by line (the Spanish labels alone take 160 px). Otherwise the
    // timeline goes under the facts, which then have the whole width.
    constexpr int valueWidth = 260;
    int labels = 0;
    for (const QLabel *caption : m_captions)
        labels = std::max(labels, caption->sizeHint().width());
    const bool sideBySide = width() >= 2 * (labels + m_form->horizontalSpacing() + valueWidth);
    m_columns->setDirection(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_columns->setStretch(0, sideBySide ? 1 : 0);
    // A wrapped address keeps all its lines: box layouts do not ask a label how tall it is at
    // the width it gets, so each fact asks for that height as its least (the lookup above
    // gives way; it scrolls).
    layout()->activate(); // the facts' widths in this arrangement
    for (QLabel *l : factLabels()) {
        l->setMinimumHeight(0); // a label's height for a width is never below its minimum
        l->setMinimumHeight(l->text().isEmpty() ? 0 : l->heightForWidth(l->width()));
    }
}

} // namespace hs
