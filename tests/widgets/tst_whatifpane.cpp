#include "../model/storefixture.h"
#include "panes/whatif/commandlogmodel.h"
#include "panes/whatif/whatifpane.h"
#include "panes/whatif/whatifresultview.h"
#include "shell/language.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace hs;
using hs::test::commandLine;

class TestWhatIfPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> store;
    std::unique_ptr<StoreClient> client;
    std::unique_ptr<Session> session;

    static QList<QTreeWidgetItem *> changedRows(QTreeWidget *tree)
    {
        QList<QTreeWidgetItem *> out;
        std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *i) {
            if (i->data(0, WhatIfResultView::ChangedRole).toBool())
                out << i;
            for (int c = 0; c < i->childCount(); ++c)
                walk(i->child(c));
        };
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            walk(tree->topLevelItem(i));
        return out;
    }

private Q_SLOTS:
    void initTestCase() { Q_INIT_RESOURCE(resources); }
    void init()
    {
        store = std::make_unique<test::TempStore>();
        const QString d = QStringLiteral("dispatch");
        QVERIFY(store->submit(commandLine("open", "OpenAccount", "2026-01-05T08:00:00Z", "fiona", "finance", R"({"accountId":"A-1","name":"Prairie Mills"})")).accepted);
        QVERIFY(store->submit(commandLine("truck", "RegisterTruck", "2026-01-05T08:01:00Z", "dan", d, R"({"truckId":"T-1","capacityLb":40000})")).accepted);
        for (int i = 1; i <= 2; ++i) {
            QVERIFY(store->submit(commandLine(QStringLiteral("submit-%1").arg(i), "SubmitShipment", QStringLiteral("2026-01-05T%1:00:00Z").arg(i + 8, 2, 10, QLatin1Char('0')), "carla", "customer-service",
                                              QStringLiteral(R"({"shipmentId":"S-%1","accountId":"A-1","pickup":%2,"destination":%3,"weightLb":500})")
                                                  .arg(i).arg(test::address("Salina"), test::address("Omaha")))).accepted);
            const QString s = QStringLiteral("S-%1").arg(i);
            QVERIFY(store->submit(commandLine(QStringLiteral("assign-%1").arg(i), "AssignTruck", QStringLiteral("2026-01-05T1%1:00:00Z").arg(i * 2), "dan", d,
                                              QStringLiteral(R"({"shipmentId":"%1","truckId":"T-1"})").arg(s))).accepted);
            QVERIFY(store->submit(commandLine(QStringLiteral("ship-%1").arg(i), "ShipShipment", QStringLiteral("2026-01-05T1%1:10:00Z").arg(i * 2), "dan", d,
                                              QStringLiteral(R"({"shipmentId":"%1"})").arg(s))).accepted);
            QVERIFY(store->submit(commandLine(QStringLiteral("deliver-%1").arg(i), "DeliverShipment", QStringLiteral("2026-01-05T1%1:50:00Z").arg(i * 2), "dan", d,
                                              QStringLiteral(R"({"shipmentId":"%1","signedBy":"Pat"})").arg(s))).accepted);
        }
        QVERIFY(!store->submit(commandLine("late-ship", "ShipShipment", "2026-01-06T09:00:00Z", "dan", d, R"({"shipmentId":"S-1"})")).accepted);
        const QString path = store->path;
        store->reducer.reset();
        client = std::make_unique<StoreClient>();
        session = std::make_unique<Session>(client.get());
        client->open(path);
        QSignalSpy opened(client.get(), &StoreClient::opened);
        QVERIFY(opened.wait(10000));
    }
    void cleanup()
    {
        session.reset();
        client.reset();
        store.reset();
    }

    void theCommandLogModelIsSound()
    {
        CommandLogModel model(client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CommandLogModel::pageLoaded);
        model.setSearchText(QString());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 13); // 11 user commands (one rejected) and 2 invoices
        QCOMPARE(model.entry(0).commandId, QStringLiteral("late-ship")); // most recent first
        QCOMPARE(model.index(0, CommandLogModel::Status).data(CommandLogModel::RawRole).toString(), QStringLiteral("rejected"));
        QVERIFY(!model.canFetchMore({}));

        model.setSearchText(QStringLiteral("deliver"));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entry(0).commandId, QStringLiteral("deliver-2"));

        model.setSearchText(QString());
        QVERIFY(loaded.wait(5000));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        client->submit(StoreClient::envelope(cmd::RegisterTruck{QStringLiteral("T-9"), 30000}, Actor{QStringLiteral("dan"), Department::Dispatch}));
        QSignalSpy changed(client.get(), &StoreClient::storeChanged);
        QVERIFY(changed.wait(5000));
        model.catchUp();
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 14);
        QCOMPARE(model.entry(0).type, QStringLiteral("RegisterTruck"));
    }

    void firstShowComparesWithoutTheLatestDelivery()
    {
        WhatIfPane pane(session.get());
        QSignalSpy shown(&pane, &WhatIfPane::outcomeShown);
        pane.show();
        pane.refresh();
        QVERIFY(shown.wait(20000));
        QCOMPARE(pane.chosenIds(), QStringList{QStringLiteral("deliver-2")});
        QTableView *table = pane.findChild<QTableView *>(QStringLiteral("whatIfCommands"));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);

        const QList<QTreeWidgetItem *> changed = changedRows(pane.resultView());
        QStringList what;
        for (QTreeWidgetItem *i : changed)
            what << i->text(WhatIfResultView::What);
        QVERIFY2(what.contains(QStringLiteral("Status")), qPrintable(what.join(u',')));
        QVERIFY(what.contains(QStringLiteral("Invoiced")));
        QVERIFY(what.contains(QStringLiteral("Balance")));
        for (QTreeWidgetItem *i : changed) {
            if (i->text(WhatIfResultView::What) == u"Status") // a state in words, not out_for_delivery
                QCOMPARE(i->text(WhatIfResultView::Live), QStringLiteral("Delivered"));
            if (i->text(WhatIfResultView::What) == u"Invoiced") {
                QCOMPARE(i->text(WhatIfResultView::Live), QStringLiteral("$280.00")); // two deliveries at 500 lb x 28 c
                QCOMPARE(i->text(WhatIfResultView::Branch), QStringLiteral("$140.00"));
            }
        }

        // The account's unchanged lines too: a yes-or-no in words, every label whole.
        QTreeWidget *tree = pane.resultView();
        const QList<QTreeWidgetItem *> hold = tree->findItems(QStringLiteral("On credit hold"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(hold.size(), 1);
        QCOMPARE(hold.front()->text(WhatIfResultView::Live), QStringLiteral("No"));
        QCOMPARE(hold.front()->text(WhatIfResultView::Branch), QStringLiteral("No"));
        pane.resize(950, 760); // the pane's room in a 1400-px window, the command feed beside it
        QCoreApplication::processEvents();
        const QList<QTreeWidgetItem *> terms = tree->findItems(QStringLiteral("Payment terms (days)"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(terms.size(), 1);
        const QRect cell = tree->visualRect(tree->indexFromItem(terms.front(), WhatIfResultView::What));
        QVERIFY2(cell.width() >= tree->fontMetrics().horizontalAdvance(terms.front()->text(0)) + 6,
                 qPrintable(QStringLiteral("label cell %1 px").arg(cell.width())));
    }

    void skippingAnAssignmentShowsTheRejectionsItCauses()
    {
        WhatIfPane pane(session.get());
        QSignalSpy shown(&pane, &WhatIfPane::outcomeShown);
        pane.show();
        pane.refresh();
        QVERIFY(shown.wait(20000));
        QTableView *table = pane.findChild<QTableView *>(QStringLiteral("whatIfCommands"));
        table->clearSelection();
        auto *ids = pane.findChild<QLineEdit *>(QStringLiteral("whatIfPastedIds"));
        ids->clear();
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("whatIfReplay"))->isEnabled());
        QTest::keyClicks(ids, QStringLiteral("assign-1"));
        QVERIFY(pane.findChild<QPushButton *>(QStringLiteral("whatIfReplay"))->isEnabled());
        QTest::keyClick(ids, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(shown.wait(20000));
        QStringList changes;
        for (QTreeWidgetItem *i : changedRows(pane.resultView()))
            if (i->parent() && i->parent()->parent() == nullptr && i->text(WhatIfResultView::Branch).startsWith(QStringLiteral("rejected")))
                changes << i->text(WhatIfResultView::What);
        // What was done in words, never the command's type name.
        QVERIFY2(changes.contains(QStringLiteral("Send shipments out for delivery (ship-1)")), qPrintable(changes.join(u',')));
        QVERIFY(changes.contains(QStringLiteral("Record deliveries (deliver-1)")));
    }

    // The command log and a what-if branch say stored refusals in the user's language: the
    // action in words, the code in words and the decider's reason translated, as live ones are.
    void storedRefusalsInTheUsersLanguage()
    {
        Language language;
        QVERIFY(language.apply(QStringLiteral("es")));
        CommandLogModel model(client.get());
        QSignalSpy loaded(&model, &CommandLogModel::pageLoaded);
        model.setSearchText(QString());
        QVERIFY(loaded.wait(5000));
        const QModelIndex late = model.index(0, CommandLogModel::Status);
        QCOMPARE(model.entry(0).commandId, QStringLiteral("late-ship"));
        QCOMPARE(model.index(0, CommandLogModel::Type).data().toString(), QStringLiteral("Poner envíos en reparto"));
        QCOMPARE(late.data().toString(), QStringLiteral("rechazado: no es posible ahora"));
        QCOMPARE(late.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Poner envíos en reparto (late-ship) fue rechazado: El envío S-1 está entregado; "
                                "solo se puede despachar un envío asignado."));
        QCOMPARE(model.index(0, CommandLogModel::Department).data().toString(), QStringLiteral("Despacho"));

        WhatIfPane pane(session.get());
        QSignalSpy shown(&pane, &WhatIfPane::outcomeShown);
        pane.show();
        pane.refresh();
        QVERIFY(shown.wait(20000));
        auto *ids = pane.findChild<QLineEdit *>(QStringLiteral("whatIfPastedIds"));
        pane.findChild<QTableView *>(QStringLiteral("whatIfCommands"))->clearSelection();
        ids->clear();
        QTest::keyClicks(ids, QStringLiteral("assign-1"));
        QTest::keyClick(ids, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(shown.wait(20000));
        QString branch;
        for (QTreeWidgetItem *i : changedRows(pane.resultView()))
            if (i->text(WhatIfResultView::What) == u"Poner envíos en reparto (ship-1)")
                branch = i->text(WhatIfResultView::Branch);
        QCOMPARE(branch, QStringLiteral("rechazado: El envío S-1 está registrado; solo se puede despachar un envío asignado."));
    }
};

QTEST_MAIN(TestWhatIfPane)
#include "tst_whatifpane.moc"
