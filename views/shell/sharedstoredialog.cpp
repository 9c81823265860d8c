#include "sharedstoredialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>

namespace hs {

namespace {

QString encoded(const QString &part) { return QString::fromUtf8(QUrl::toPercentEncoding(part)); }

} // namespace

SharedStoreDialog::SharedStoreDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("sharedStoreDialog"));
    auto *form = new QFormLayout;
    m_host = new QLineEdit(QStringLiteral("localhost"));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("haulstream"));
    m_user = new QLineEdit(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_hostLabel = new QLabel;
    m_portLabel = new QLabel;
    m_databaseLabel = new QLabel;
    m_userLabel = new QLabel;
    m_passwordLabel = new QLabel;
    const std::pair<QLabel *, QWidget *> rows[] = {{m_hostLabel, m_host}, {m_portLabel, m_port}, {m_databaseLabel, m_database},
                                                   {m_userLabel, m_user}, {m_passwordLabel, m_password}};
    for (const auto &[label, field] : rows) {
        label->setBuddy(field);
        form->addRow(label, field);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOpen = [this, buttons] {
        buttons->button(QDialogButtonBox::Open)->setEnabled(!m_host->text().trimmed().isEmpty()
                                                             && !m_database->text().trimmed().isEmpty());
    };
    connect(m_host, &QLineEdit::textChanged, this, updateOpen);
    connect(m_database, &QLineEdit::textChanged, this, updateOpen);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    retranslateUi();
}

QString SharedStoreDialog::location() const
{
    QString login;
    if (!m_user->text().trimmed().isEmpty()) {
        login = encoded(m_user->text().trimmed());
        if (!m_password->text().isEmpty())
            login += u':' + encoded(m_password->text());
        login += u'@';
    }
    const QString host = m_host->text().trimmed();
    // A folder is a Unix socket's directory: libpq takes it as ?host=.
    if (host.startsWith(u'/'))
        return QStringLiteral("postgresql://%1/%2?host=%3&port=%4")
            .arg(login, encoded(m_database->text().trimmed()), encoded(host)).arg(m_port->value());
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(login, host).arg(m_port->value()).arg(encoded(m_database->text().trimmed()));
}

void SharedStoreDialog::setLocation(const QString &location)
{
    const QUrl url(location);
    if (!url.isValid() || !url.scheme().startsWith(u"postgres"))
        return;
    if (!url.host().isEmpty())
        m_host->setText(url.host());
    if (url.port() > 0)
        m_port->setValue(url.port());
    if (!url.path().isEmpty())
        m_database->setText(url.path().mid(1));
    if (!url.userName().isEmpty())
        m_user->setText(url.userName());
}

void SharedStoreDialog::retranslateUi()
{
    setWindowTitle(tr("Open Shared Store"));
    m_hostLabel->setText(tr("&Server:"));
    m_portLabel->setText(tr("P&ort:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_userLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_host->setAccessibleName(tr("Server"));
    m_host->setToolTip(tr("The PostgreSQL server the office shares: a host name, or a socket folder."));
    m_port->setAccessibleName(tr("Port"));
    m_database->setAccessibleName(tr("Database"));
    m_user->setAccessibleName(tr("Login"));
    m_user->setToolTip(tr("Your database login: every command you send carries it."));
    m_password->setAccessibleName(tr("Password"));
    m_password->setToolTip(tr("Leave empty to use PGPASSWORD or ~/.pgpass."));
}

} // namespace hs
