#pragma once

#include "domain/pricing.h"
#include "readmodel/views.h"
#include "shell/session.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace hs {

// The intake form: a new shipment for an account, checked field by field as it is typed
// (with the codec's field rules), quoted live from the pricing schedule, and pre-checked by
// the reducer's decider before Enter sends it.
class IntakeForm : public QWidget
{
    Q_OBJECT
public:
    explicit IntakeForm(Session *session, QWidget *parent = nullptr);
    ~IntakeForm() override;

    void setAccounts(const std::vector<AccountView> &accounts);
    // The next free shipment number; taken unless the clerk typed an id of their own.
    void setProposedId(const QString &id);
    void setSchedule(const pricing::Schedule &schedule);
    // Time machine: nothing can be sent from a moment in the past.
    void setLive(bool live);

    // Sends the shipment when every field is valid; else shows every error.
    void submit();
    void clear();
    QString quoteText() const;
    QString resultText() const;
    QString creditText() const;
    // Why the credit check would refuse the shipment as typed; none when it would pass.
    std::optional<QString> creditWarning() const;
    // The command Submit would send, as the form stands.
    cmd::SubmitShipment draft() const;
    void retranslateUi();

Q_SIGNALS:
    void accepted(const QString &shipmentId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // True when shipments may be typed and sent: live, and working as Customer Service.
    bool isOpen() const;

private:
    struct Field
    {
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
        std::function<QString(const QString &)> check; // the problem in words, empty when fine
        bool touched = false;
        QString decided; // the decider's objection, shown until the field changes
    };
    // The promised latest pickup and delivery, each optional: a box to tick and a time.
    struct Promise
    {
        QLabel *label = nullptr;
        QCheckBox *given = nullptr;
        QDateTimeEdit *at = nullptr;
        std::optional<qint64> value() const;
    };
    Field *addField(QGridLayout *grid, const QString &name, std::function<QString(const QString &)> check);
    void addAddress(QGroupBox *box, const QString &prefix, Field *fields[6]);
    void showError(Field &f);
    bool checkAll(bool touchAll);
    QString accountId() const;
    std::optional<int> weight() const;
    Address address(Field *const fields[6]) const;
    void addPromise(QGridLayout *grid, const QString &name, Promise &p);
    void updateQuote();
    void showQuote(const QString &text);
    void updateCredit();
    std::optional<qint64> quotedPrice() const;
    void scheduleExplain();
    void explainDraft();
    void setResult(const QString &text, bool problem);
    void onFinished(const CommandEnvelope &c, const CommandResult &r);

    Session *m_session;
    QList<Field *> m_fields;
    Field *m_id;
    Field *m_account;
    Field *m_weight;
    Field *m_reference; // the customer's PO or load number, optional
    Promise m_pickupBy;
    Promise m_deliverBy;
    Field *m_pickup[6];
    Field *m_destination[6];
    QComboBox *m_accountCombo;
    QGroupBox *m_shipmentBox;
    QGroupBox *m_pickupBox;
    QGroupBox *m_destinationBox;
    QLabel *m_quote;
    QLabel *m_credit;
    QHash<QString, AccountView> m_accountViews;
    QString m_creditConfirmed; // the account and weight the clerk was warned about
    QLabel *m_result;
    QLabel *m_closedReason;
    QPushButton *m_submit;
    QPushButton *m_clear;
    QTimer *m_explainTimer;
    pricing::Schedule m_schedule;
    QString m_proposedId;
    bool m_idEdited = false;
    bool m_enterOnSuggestion = false; // Enter went to a completer's popup, not to Submit
    bool m_askedToCorrect = false;    // the result line asks to correct the marked fields
    bool m_live = true;
    QString m_pending;
    int m_explainGeneration = 0;
};

} // namespace hs
