#include "truckboard.h"
#include "widgets/messagewords.h"
#include "widgets/heading.h"
#include "shell/theme.h"

#include "shell/session.h"
#include "truckcard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hs {

namespace {
QString verdictKey(const QString &shipmentId, const QString &truckId) { return shipmentId + QLatin1Char('|') + truckId; }
}

TruckBoard::TruckBoard(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("truckBoard"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    for (int i = 0; i < 4; ++i) {
        const auto state = static_cast<TruckState>(i);
        Column &c = m_columns[size_t(i)];
        auto *column = new QWidget;
        column->setObjectName(QStringLiteral("column_%1").arg(truckStateName(state)));
        auto *v = new QVBoxLayout(column);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(6);
        c.header = makeHeading(HeadingLevel::Group);
        c.header->setObjectName(QStringLiteral("columnHeader_%1").arg(truckStateName(state)));
        // A coloured rule under the title, the same colour as the cards' edge.
        c.header->setStyleSheet(QStringLiteral("QLabel { padding: 4px 2px; border-bottom: 3px solid %1; }")
                                    .arg(theme::truckState(state).name()));
        v->addWidget(c.header);
        auto *scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        c.body = new QWidget;
        c.cards = new QVBoxLayout(c.body);
        c.cards->setContentsMargins(0, 2, 4, 2);
        c.cards->setSpacing(8);
        c.empty = new QLabel;
        c.empty->setAlignment(Qt::AlignCenter);
        c.empty->setEnabled(false);
        c.cards->addWidget(c.empty);
        c.cards->addStretch(1);
        scroll->setWidget(c.body);
        v->addWidget(scroll, 1);
        row->addWidget(column, 1);
    }
    retranslateUi();
}

QString TruckBoard::stateTitle(TruckState state) { return words::truckState(state); }

void TruckBoard::retranslateUi()
{
    for (int i = 0; i < 4; ++i) {
        const QString title = stateTitle(static_cast<TruckState>(i));
        m_columns[size_t(i)].body->setAccessibleName(tr("%1 trucks").arg(title));
        m_columns[size_t(i)].empty->setText(tr("No trucks"));
    }
    updateHeaders();
    for (TruckCard *c : std::as_const(m_cards))
        c->retranslateUi();
}

void TruckBoard::updateHeaders()
{
    for (int i = 0; i < 4; ++i) {
        const auto state = static_cast<TruckState>(i);
        const int n = int(trucksIn(state).size());
        m_columns[size_t(i)].header->setText(tr("%1  (%2)").arg(stateTitle(state)).arg(n));
        m_columns[size_t(i)].header->setAccessibleName(tr("%1: %n truck(s)", nullptr, n).arg(stateTitle(state)));
        m_columns[size_t(i)].empty->setVisible(n == 0);
    }
}

bool TruckBoard::truckIdLess(const QString &a, const QString &b)
{
    // (QCollator's numeric mode needs ICU, which not every build has.)
    const auto split = [](const QString &id) {
        qsizetype i = id.size();
        while (i > 0 && id.at(i - 1).isDigit())
            --i;
        return std::pair(id.left(i), i < id.size() ? id.mid(i).toLongLong() : -1);
    };
    return split(a) < split(b);
}

void TruckBoard::setTrucks(const std::vector<BoardTruck> &unsorted)
{
    std::vector<BoardTruck> trucks = unsorted;
    std::stable_sort(trucks.begin(), trucks.end(), [](const BoardTruck &a, const BoardTruck &b) {
        return truckIdLess(a.truck.truckId, b.truck.truckId);
    });
    QWidget *focused = focusWidget();
    QSet<QString> seen;
    std::array<int, 4> placed{};
    for (const BoardTruck &t : trucks) {
        seen.insert(t.truck.truckId);
        TruckCard *card = m_cards.value(t.truck.truckId);
        if (!card) {
            card = new TruckCard(this, t.truck.truckId);
            m_cards.insert(t.truck.truckId, card);
        }
        card->setTruck(t.truck, t.load, t.lastCall);
        card->setSelected(t.truck.truckId == m_selected);
        // Cards sit in truck-id order under their column's title (index 0 is the "no trucks" label).
        const int col = static_cast<int>(t.truck.state());
        Column &c = m_columns[size_t(col)];
        const int want = 1 + placed[size_t(col)]++;
        if (c.cards->indexOf(card) != want) {
            c.cards->removeWidget(card);
            for (Column &other : m_columns)
                other.cards->removeWidget(card);
            card->setParent(c.body);
            c.cards->insertWidget(want, card);
            card->show();
        }
    }
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (!seen.contains(it.key())) {
            it.value()->deleteLater();
            it = m_cards.erase(it);
        } else {
            ++it;
        }
    }
    if (focused && focused->isVisible() && !focused->hasFocus())
        focused->setFocus();
    updateHeaders();
}

std::optional<TruckState> TruckBoard::columnOf(const QString &truckId) const
{
    TruckCard *card = m_cards.value(truckId);
    if (!card)
        return std::nullopt;
    for (int i = 0; i < 4; ++i)
        if (m_columns[size_t(i)].cards->indexOf(card) >= 0)
            return static_cast<TruckState>(i);
    return std::nullopt;
}

QStringList TruckBoard::trucksIn(TruckState state) const
{
    QStringList out;
    const Column &c = m_columns[size_t(state)];
    for (int i = 0; i < c.cards->count(); ++i)
        if (auto *card = qobject_cast<TruckCard *>(c.cards->itemAt(i)->widget()))
            out << card->truckId();
    return out;
}

void TruckBoard::select(const QString &truckId)
{
    if (m_selected == truckId)
        return;
    m_selected = truckId;
    for (TruckCard *c : std::as_const(m_cards))
        c->setSelected(c->truckId() == truckId);
    Q_EMIT selectionChanged(truckId);
}

void TruckBoard::setReadOnly(const QString &reason)
{
    if (m_readOnly != reason)
        m_verdicts.clear();
    m_readOnly = reason;
}

DropVerdict TruckBoard::verdict(const QString &shipmentId, const QString &truckId)
{
    if (!m_readOnly.isEmpty())
        return DropVerdict{true, m_readOnly};
    const QString key = verdictKey(shipmentId, truckId);
    auto it = m_verdicts.find(key);
    if (it != m_verdicts.end())
        return *it;
    ask(shipmentId, {truckId});
    return {};
}

void TruckBoard::beginDrag(const QString &shipmentId)
{
    QStringList trucks;
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
        if (!m_verdicts.contains(verdictKey(shipmentId, it.key())))
            trucks << it.key();
    if (m_readOnly.isEmpty() && !trucks.isEmpty())
        ask(shipmentId, trucks);
}

void TruckBoard::endDrag() {}

void TruckBoard::ask(const QString &shipmentId, const QStringList &truckIds)
{
    std::vector<std::pair<QString, Command>> assignments;
    for (const QString &t : truckIds) {
        // Mark as asked, so a burst of drag moves sends one question.
        m_verdicts.insert(verdictKey(shipmentId, t), DropVerdict{});
        assignments.emplace_back(t, cmd::AssignTruck{shipmentId, t});
    }
    m_session->explain(this, assignments, [this, shipmentId, truckIds](const Verdicts<QString> &answers) {
        for (const QString &truck : truckIds) {
            if (!answers.asked(truck))
                continue;
            DropVerdict v{true, std::nullopt};
            if (!answers.allows(truck))
                v.refusal = answers.refusal(truck);
            m_verdicts.insert(verdictKey(shipmentId, truck), v);
            if (TruckCard *card = m_cards.value(truck))
                card->verdictArrived(shipmentId);
            Q_EMIT verdictKnown(shipmentId, truck);
        }
    });
}

void TruckBoard::assign(const QString &shipmentId, const QString &truckId)
{
    m_verdicts.clear();
    Q_EMIT assignRequested(shipmentId, truckId);
}

} // namespace hs
