#pragma once

#include "readmodel/views.h"
#include "shell/session.h"

#include <QWidget>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace hs {

class DocumentButton;

// One shipment's facts and its timeline in words, so a clerk can answer "why hasn't it been
// picked up?" on the phone; and the Cancel button, enabled only when the decider agrees.
class ShipmentDetail : public QWidget
{
    Q_OBJECT
public:
    explicit ShipmentDetail(Session *session, QWidget *parent = nullptr);

    void showShipment(const QString &shipmentId);
    QString shipmentId() const { return m_id; }
    // Re-reads the shown shipment (the store moved on, or the shown moment changed).
    void reload();
    // Asks for a reason and sends the cancellation.
    void cancelShipment();
    // Asks Dispatch where the load is (from the driver's call) and records it.
    void recordCheckCall();

    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *checkCallButton() const { return m_checkCall; }
    DocumentButton *documentButton() const { return m_documents; }
    QStringList timeline() const;
    void retranslateUi();

Q_SIGNALS:
    void loaded();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Facts and timeline side by side where there is room, else one above the other.
    void arrangeColumns();
    QList<QLabel *> factLabels() const;
    struct Facts
    {
        std::optional<ShipmentView> shipment;
        std::optional<AccountView> account;
        std::vector<RecordedEvent> events;
    };
    void show(const Facts &facts, bool loaded = false);
    void updateCancel();
    // Shows the promised times and the last check call.
    void showPromisesAndCalls(const ShipmentView &s, const std::vector<RecordedEvent> &events);

    Session *m_session;
    QString m_id;
    std::optional<ShipmentView> m_shown;
    QLabel *m_heading;
    QBoxLayout *m_columns;
    QGridLayout *m_form;
    QList<QLabel *> m_captions; // the facts' names, beside them
    QLabel *m_account, *m_status, *m_truck, *m_weight, *m_price, *m_pickup, *m_destination, *m_reference, *m_promised,
        *m_lastCall, *m_version;
    QLabel *m_timelineLabel;
    QListWidget *m_timeline;
    QLabel *m_waiting;
    QPushButton *m_cancel;
    QPushButton *m_checkCall;
    DocumentButton *m_documents;
    int m_generation = 0;
    QString m_cancelReason; // the decider's, while the button is disabled
};

} // namespace hs
