#include "sharedstoredialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>

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
    m_host->setObjectName(QStringLiteral("sharedHost"));
    m_port->setObjectName(QStringLiteral("sharedPort"));
    m_database->setObjectName(QStringLiteral("sharedDatabase"));
    m_user->setObjectName(QStringLiteral("sharedLogin"));
    m_password->setObjectName(QStringLiteral("sharedPassword"));
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
    // Joined, not QString::arg(): the escaped parts hold "%2"-like sequences arg() would replace.
    const QString host = m_host->text().trimmed();
    const QString database = encoded(m_database->text().trimmed());
    const QString port = QString::number(m_port->value());
    // A folder is a Unix socket's directory: libpq takes it as ?host=.
    if (host.startsWith(u'/'))
        return QStringLiteral("postgresql://") + login + u'/' + database + QLatin1String("?host=") + encoded(host) + QLatin1String("&port=") + port;
    return QStringLiteral("postgresql://") + login + host + u':' + port + u'/' + database;
}

void SharedStoreDialog::setLocation(const QString &location)
{
    const QUrl url(location);
    if (!url.isValid() || !url.scheme().startsWith(u"postgres"))
        return;
    // A socket folder and its port travel as ?host=&port=, as location() writes them.
    const QUrlQuery query(url);
    const QString host = query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                                                                     : url.host();
    if (!host.isEmpty())
        m_host->setText(host);
    const int port = query.hasQueryItem(QStringLiteral("port")) ? query.queryItemValue(QStringLiteral("port")).toInt() : url.port();
    if (port > 0)
        m_port->setValue(port);
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
