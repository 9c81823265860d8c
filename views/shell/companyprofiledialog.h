#pragma once

#include "documents/companyprofile.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace hs {

// The carrier's own name, address and logo, as every printed document shows them.
class CompanyProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompanyProfileDialog(const CompanyProfile &profile, QWidget *parent = nullptr);
    CompanyProfile profile() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *addressEdit() const { return m_address; }
    QLineEdit *logoEdit() const { return m_logo; }

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_logo;
};

} // namespace hs
