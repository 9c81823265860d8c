// File → Open Shared Store: the form writes the libpq URI --db takes, reads one back, and on the
// test cluster the dashboard opens the office's store through it as the login that was typed.
#include "shell/mainwindow.h"
#include "shell/sharedstoredialog.h"
#include "store/database.h"
#include "teststore.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace hs;

class TestSharedStoreDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void theFormWritesALibpqUri();
    void aSocketFolderRoundTripsWithoutThePassword();
    void theDashboardOpensTheOfficeStoreThroughTheForm();
};

namespace {

struct Form
{
    QLineEdit *host, *database, *login, *password;
    QSpinBox *port;
    QPushButton *open;
};

Form formOf(QWidget &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    return {dialog.findChild<QLineEdit *>(QStringLiteral("sharedHost")),
            dialog.findChild<QLineEdit *>(QStringLiteral("sharedDatabase")),
            dialog.findChild<QLineEdit *>(QStringLiteral("sharedLogin")),
            dialog.findChild<QLineEdit *>(QStringLiteral("sharedPassword")),
            dialog.findChild<QSpinBox *>(QStringLiteral("sharedPort")),
            buttons ? buttons->button(QDialogButtonBox::Open) : nullptr};
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

void TestSharedStoreDialog::theFormWritesALibpqUri()
{
    SharedStoreDialog dialog;
    const Form f = formOf(dialog);
    QVERIFY(f.host && f.database && f.login && f.password && f.port && f.open);
    for (QWidget *w : std::initializer_list<QWidget *>{f.host, f.database, f.login, f.password, f.port})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    typeInto(f.host, QStringLiteral("db.office"));
    f.port->setValue(5433);
    typeInto(f.database, QStringLiteral("great plains"));
    typeInto(f.login, QStringLiteral("dana"));
    typeInto(f.password, QStringLiteral("p@ss:w/rd"));
    // Characters that mean something in a URI are escaped, so the password reaches libpq whole.
    QCOMPARE(dialog.location(), QStringLiteral("postgresql://dana:p%40ss%3Aw%2Frd@db.office:5433/great%20plains"));
    QVERIFY(f.open->isEnabled());
    typeInto(f.host, QString());
    QVERIFY(!f.open->isEnabled());
    typeInto(f.host, QStringLiteral("db.office"));
    typeInto(f.database, QString());
    QVERIFY(!f.open->isEnabled());
}

void TestSharedStoreDialog::aSocketFolderRoundTripsWithoutThePassword()
{
    SharedStoreDialog first;
    const Form a = formOf(first);
    typeInto(a.host, QStringLiteral("/run/postgresql"));
    a.port->setValue(5434);
    typeInto(a.database, QStringLiteral("haulstream"));
    typeInto(a.login, QStringLiteral("dana"));
    typeInto(a.password, QStringLiteral("secret"));
    const QString location = first.location();
    QCOMPARE(location, QStringLiteral("postgresql://dana:secret@/haulstream?host=%2Frun%2Fpostgresql&port=5434"));

    SharedStoreDialog again;
    again.setLocation(location);
    const Form b = formOf(again);
    QCOMPARE(b.host->text(), QStringLiteral("/run/postgresql"));
    QCOMPARE(b.port->value(), 5434);
    QCOMPARE(b.database->text(), QStringLiteral("haulstream"));
    QCOMPARE(b.login->text(), QStringLiteral("dana"));
    QVERIFY(b.password->text().isEmpty());
    // A file store leaves the form as it was.
    again.setLocation(QStringLiteral("/home/dana/gp.db"));
    QCOMPARE(b.host->text(), QStringLiteral("/run/postgresql"));
}

void TestSharedStoreDialog::theDashboardOpensTheOfficeStoreThroughTheForm()
{
    if (!test::onPostgres())
        QSKIP("needs the test cluster: runs as tst_sharedstoredialog_postgresql");
    const QString location = test::freshDatabase();
    {
        StoreError error;
        auto db = Database::open(location, Database::Mode::ReadWrite, &error);
        QVERIFY2(db && db->ensureSchema(&error), qPrintable(error.message));
        QVERIFY2(postgres::grant(db->connection(), QStringLiteral("dana"), {Department::Dispatch}, &error), qPrintable(error.message));
    }
    const QUrl url(location);
    const QUrlQuery query(url);

    StoreClient client;
    Session session(&client);
    MainWindow window(&session);
    auto *openShared = window.findChild<QAction *>(QStringLiteral("openSharedStoreAction"));
    QVERIFY(openShared);
    bool filled = false;
    QTimer waitForForm; // the form shows once exec() below runs its own loop
    connect(&waitForForm, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<SharedStoreDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        waitForForm.stop();
        const Form f = formOf(*dialog);
        typeInto(f.host, query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
        f.port->setValue(query.queryItemValue(QStringLiteral("port")).toInt());
        typeInto(f.database, url.path().mid(1));
        typeInto(f.login, QStringLiteral("dana"));
        filled = true;
        QTest::mouseClick(f.open, Qt::LeftButton);
    });
    QSignalSpy identity(&client, &StoreClient::identityKnown);
    waitForForm.start(10);
    openShared->trigger();
    QVERIFY(filled);
    QVERIFY(identity.wait(30000));
    QVERIFY2(client.path().startsWith(QStringLiteral("postgresql://dana@/") + url.path().mid(1) + u'?'), qPrintable(client.path()));
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("userEdit"))->text(), QStringLiteral("dana"));
    QCOMPARE(session.actor(), (Actor{QStringLiteral("dana"), Department::Dispatch}));
}

QTEST_MAIN(TestSharedStoreDialog)
#include "tst_sharedstoredialog.moc"
