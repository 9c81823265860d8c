#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hs {

// Asks why a shipment is cancelled; the reason goes into the event and the timeline.
class CancelReasonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CancelReasonDialog(const QString &shipmentId, QWidget *parent = nullptr);
    QString reason() const;

private:
    QLineEdit *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace hs
