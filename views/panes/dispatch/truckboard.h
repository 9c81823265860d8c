#pragma once

#include "readmodel/views.h"

#include <QHash>
#include <QWidget>
#include <array>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace hs {

class Session;
class TruckCard;

// The decider's answer to "may this shipment go on this truck?".
struct DropVerdict
{
    bool known = false;             // false while the decider has not answered
    std::optional<QString> refusal; // the reason, in the decider's words
};

// A truck on the board with the shipment it holds.
struct BoardTruck
{
    TruckView truck;
    std::optional<ShipmentView> load;
    std::optional<CheckCall> lastCall; // the load's latest check call
};

// The dispatch board: one column per truck state, one card per truck. It never decides who may
// take what: each drop target asks the reducer's decider (explain) before accepting a drop.
class TruckBoard : public QWidget
{
    Q_OBJECT
public:
    explicit TruckBoard(Session *session, QWidget *parent = nullptr);

    void setTrucks(const std::vector<BoardTruck> &trucks);
    TruckCard *card(const QString &truckId) const { return m_cards.value(truckId); }
    std::optional<TruckState> columnOf(const QString &truckId) const;
    QStringList trucksIn(TruckState state) const;
    QString selectedTruck() const { return m_selected; }
    void select(const QString &truckId);

    // Read-only (the time machine): every drop is refused with this reason.
    void setReadOnly(const QString &reason);

    // The verdict for a drop; asks the decider the first time and answers `known = false`.
    DropVerdict verdict(const QString &shipmentId, const QString &truckId);
    // A drag has started: ask about every truck at once, so cards light up before they are reached.
    void beginDrag(const QString &shipmentId);
    void endDrag();
    // What a successful drop calls: sends AssignTruck.
    void assign(const QString &shipmentId, const QString &truckId);
    // Verdicts go stale when the store changes.
    void forgetVerdicts() { m_verdicts.clear(); }

    static QString stateTitle(TruckState state);
    // T-2 before T-10, as a dispatcher reads them.
    static bool truckIdLess(const QString &a, const QString &b);
    void retranslateUi();

Q_SIGNALS:
    void selectionChanged(const QString &truckId);
    void contextMenuRequested(const QString &truckId, const QPoint &globalPos);
    void assignRequested(const QString &shipmentId, const QString &truckId);
    void verdictKnown(const QString &shipmentId, const QString &truckId);

private:
    void ask(const QString &shipmentId, const QStringList &truckIds);
    void updateHeaders();

    struct Column
    {
        QLabel *header = nullptr;
        QWidget *body = nullptr;
        QVBoxLayout *cards = nullptr;
        QLabel *empty = nullptr;
    };
    Session *m_session;
    std::array<Column, 4> m_columns;
    QHash<QString, TruckCard *> m_cards;
    QHash<QString, DropVerdict> m_verdicts; // key: shipment + '|' + truck
    QString m_selected;
    QString m_readOnly;
};

} // namespace hs
