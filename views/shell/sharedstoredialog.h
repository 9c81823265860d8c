#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;
class QLabel;

namespace hs {

// File → Open Shared Store: where the office's PostgreSQL server is and who logs in to it.
class SharedStoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SharedStoreDialog(QWidget *parent = nullptr);

    // The store as --db takes it: postgresql://user:password@host:port/database.
    QString location() const;
    // Fills the form from a location opened before (its password is never kept).
    void setLocation(const QString &location);

private:
    void retranslateUi();

    QLabel *m_hostLabel, *m_portLabel, *m_databaseLabel, *m_userLabel, *m_passwordLabel;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
};

} // namespace hs
