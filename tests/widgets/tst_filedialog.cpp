// The dashboard's file dialogs list the store's folder without opening the store file:
// closing any descriptor of it would drop every lock SQLite holds on it in this process
// (issue 8), and another program could then delete the log under the running dashboard.

#include "domain/commands.h"
#include "service/storeclient.h"
#include "store/storefile.h"
#include "util/isotime.h"
#include "widgets/filedialog.h"

#include <QFileSystemModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace hs;

class TestFileDialog : public QObject
{
    Q_OBJECT
private slots:
    void listingTheStoresFolderKeepsTheLocks();
};

void TestFileDialog::listingTheStoresFolderKeepsTheLocks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Named without an extension, so that only its first bytes could tell its type.
    const QString store = dir.filePath(QStringLiteral("haulstream-store"));
    StoreClient client;
    QSignalSpy opened(&client, &StoreClient::opened);
    QSignalSpy finished(&client, &StoreClient::commandFinished);
    client.open(store);
    QVERIFY(opened.wait(60000));
    CommandEnvelope e;
    e.commandId = QStringLiteral("c-1");
    e.issuedAt = *isotime::parse(u"2026-01-05T08:00:00Z");
    e.actor = Actor{QStringLiteral("fran"), Department::Finance};
    e.command = cmd::OpenAccount{QStringLiteral("A-1"), QStringLiteral("Prairie Feed")};
    client.submit(e);
    QVERIFY(finished.wait(60000));
    QVERIFY(storefile::processHoldsLock(store));

    std::unique_ptr<QFileDialog> dialog(makeFileDialog(nullptr, QStringLiteral("Save Statement"), dir.path(),
                                                       QStringLiteral("All files (*)"), QFileDialog::AcceptSave));
    QVERIFY(dialog->testOption(QFileDialog::DontUseNativeDialog));
    auto *files = dialog->findChild<QFileSystemModel *>();
    QVERIFY(files);
    QSignalSpy loaded(files, &QFileSystemModel::directoryLoaded);
    dialog->show();
    QTRY_VERIFY_WITH_TIMEOUT(files->index(store).isValid(), 60000);
    // What the list and its detail view show for the store: its icon and its type.
    const QModelIndex row = files->index(store);
    files->fileIcon(row);
    const QString type = files->type(row);
    QVERIFY(!type.isEmpty());
    QCoreApplication::processEvents();
    QVERIFY2(storefile::processHoldsLock(store), "the dialog opened and closed the store file");
    dialog->close();
}

QTEST_MAIN(TestFileDialog)
#include "tst_filedialog.moc"
