#pragma once

#include <QDialog>
#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hs {

// A check call from the driver: where the shipment is, a note, and when it should arrive.
class CheckCallDialog : public QDialog
{
    Q_OBJECT
public:
    CheckCallDialog(const QString &shipmentId, const QString &truckId, qint64 now, QWidget *parent = nullptr);

    QString location() const;
    QString note() const;
    std::optional<qint64> eta() const; // ms since the epoch; none when the driver gave none

    QLineEdit *locationEdit() const { return m_location; }
    QLineEdit *noteEdit() const { return m_note; }
    QCheckBox *etaKnown() const { return m_etaKnown; }
    QDateTimeEdit *etaEdit() const { return m_eta; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QLineEdit *m_location;
    QLineEdit *m_note;
    QCheckBox *m_etaKnown;
    QDateTimeEdit *m_eta;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace hs
