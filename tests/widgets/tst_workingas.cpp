// "Working as": on PostgreSQL the store names the user (the login) and the departments it
// may act for; on SQLite the user says who they are, the computer's login by default.
#include "shell/mainwindow.h"
#include "store/database.h"
#include "teststore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

class TestWorkingAs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void theStoreNamesWhoIsWorking();
};

namespace {

QList<Department> offered(QComboBox *combo)
{
    QList<Department> out;
    auto *items = qobject_cast<QStandardItemModel *>(combo->model());
    for (int i = 0; i < combo->count(); ++i)
        if (items->item(i)->isEnabled())
            out << static_cast<Department>(combo->itemData(i).toInt());
    return out;
}

} // namespace

void TestWorkingAs::theStoreNamesWhoIsWorking()
{
    QTemporaryDir dir;
    QString location = test::storeLocation(dir, QStringLiteral("store.db"));
    if (test::onPostgres()) {
        StoreError error;
        auto db = Database::open(location, Database::Mode::ReadWrite, &error);
        QVERIFY(db && db->ensureSchema(&error));
        QVERIFY2(postgres::grant(db->connection(), QStringLiteral("dana"), {Department::Dispatch}, &error), qPrintable(error.message));
        location = test::asLogin(location, QStringLiteral("dana"));
    }
    StoreClient client;
    Session session(&client);
    MainWindow window(&session);
    auto *user = window.findChild<QLineEdit *>(QStringLiteral("userEdit"));
    auto *department = window.findChild<QComboBox *>(QStringLiteral("departmentCombo"));
    QVERIFY(user && department);
    QCOMPARE(user->text(), Identity::osLogin());
    QSignalSpy identity(&client, &StoreClient::identityKnown);
    client.open(location);
    QVERIFY(identity.wait(30000));
    if (test::onPostgres()) {
        QCOMPARE(user->text(), QStringLiteral("dana"));
        QVERIFY(user->isReadOnly());
        QCOMPARE(offered(department), QList<Department>{Department::Dispatch});
        QCOMPARE(session.actor(), (Actor{QStringLiteral("dana"), Department::Dispatch}));
    } else {
        QVERIFY(!user->isReadOnly());
        QCOMPARE(offered(department), (QList<Department>{Department::CustomerService, Department::Dispatch, Department::Finance}));
    }
}

QTEST_MAIN(TestWorkingAs)
#include "tst_workingas.moc"
