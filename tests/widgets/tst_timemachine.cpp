#include "../model/storefixture.h"
#include "panes/customerservice/customerservicepane.h"
#include "panes/customerservice/shipmentdetail.h"
#include "panes/customerservice/shipmenttablemodel.h"
#include "panes/overviewpane.h"
#include "shell/mainwindow.h"
#include "shell/timemachine.h"
#include "util/isotime.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QLabel>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace hs;
using hs::test::commandLine;

// The time machine puts the panes at a past moment, read-only, and back to live.
class TestTimeMachine : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> store;
    std::unique_ptr<StoreClient> client;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
    TimeMachineBar *bar = nullptr;

    QString count(const char *status) const
    {
        return window->findChild<QLabel *>(QStringLiteral("count_%1").arg(QLatin1String(status)))->text();
    }
    QLabel *banner() const { return window->findChild<QLabel *>(QStringLiteral("readOnlyBanner")); }

private Q_SLOTS:
    void initTestCase() { Q_INIT_RESOURCE(resources); }
    void init()
    {
        // Positions: 1 account, 2 truck, 3-5 shipments S-1..S-3 submitted, 6 assigned,
        // 7 shipped, 8 delivered, 9 its invoice.
        store = std::make_unique<test::TempStore>();
        const QString cs = QStringLiteral("customer-service"), d = QStringLiteral("dispatch");
        QVERIFY(store->submit(commandLine("open", "OpenAccount", "2026-01-05T08:00:00Z", "fiona", "finance", R"({"accountId":"A-1","name":"Prairie Mills"})")).accepted);
        QVERIFY(store->submit(commandLine("truck", "RegisterTruck", "2026-01-05T08:01:00Z", "dan", d, R"({"truckId":"T-1","capacityLb":40000})")).accepted);
        const char *times[] = {"2026-01-05T09:00:00Z", "2026-01-05T09:30:00Z", "2026-01-05T10:00:00Z"};
        for (int i = 0; i < 3; ++i)
            QVERIFY(store->submit(commandLine(QStringLiteral("submit-%1").arg(i + 1), "SubmitShipment", times[i], "carla", cs,
                                              QStringLiteral(R"({"shipmentId":"S-%1","accountId":"A-1","pickup":%2,"destination":%3,"weightLb":500})")
                                                  .arg(i + 1).arg(test::address("Salina"), test::address("Omaha")))).accepted);
        QVERIFY(store->submit(commandLine("assign", "AssignTruck", "2026-01-05T11:00:00Z", "dan", d, R"({"shipmentId":"S-1","truckId":"T-1"})")).accepted);
        QVERIFY(store->submit(commandLine("ship", "ShipShipment", "2026-01-05T12:00:00Z", "dan", d, R"({"shipmentId":"S-1"})")).accepted);
        QVERIFY(store->submit(commandLine("deliver", "DeliverShipment", "2026-01-05T13:00:00Z", "dan", d, R"({"shipmentId":"S-1","signedBy":"Pat"})")).accepted);
        QCOMPARE(store->reducer->headPosition(), 9);
        const QString path = store->path;
        store->reducer.reset();

        client = std::make_unique<StoreClient>();
        session = std::make_unique<Session>(client.get());
        window = std::make_unique<MainWindow>(session.get());
        window->addPane(new OverviewPane(session.get()));
        bar = window->timeMachine();
        window->show();
        client->open(path);
        QTRY_COMPARE(bar->slider()->maximum(), 9);
        QTRY_COMPARE(count("submitted"), QStringLiteral("2"));
        QCOMPARE(count("delivered"), QStringLiteral("1"));
    }
    void cleanup()
    {
        window.reset();
        session.reset();
        client.reset();
        store.reset();
    }

    // Issue 13, item 4, on a store the size of the demo: the lookup follows the moment shown at
    // once, without the clerk typing into the search box.
    void customerServiceListFollowsTheShownMoment()
    {
        QTemporaryDir dir;
        StoreClient demoClient;
        Session demoSession(&demoClient);
        demoSession.setActor(Actor{QStringLiteral("carla"), Department::CustomerService});
        MainWindow demoWindow(&demoSession);
        auto *pane = new CustomerServicePane(&demoSession);
        demoWindow.addPane(pane);
        demoWindow.resize(1400, 860);
        demoWindow.show();
        demoClient.open(dir.filePath(QStringLiteral("demo.db")), true); // as `haulstream --demo` does
        QTRY_VERIFY_WITH_TIMEOUT(demoWindow.timeMachine()->slider()->maximum() > 1000, 60000);
        ShipmentTableModel *model = pane->shipmentModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= ShipmentTableModel::pageSize, 20000);
        QTRY_VERIFY(!pane->selectedShipmentId().isEmpty());
        const QString newest = model->shipmentAt(0)->shipmentId;
        // Two weeks back, through the time machine's own slider as a user drags it.
        QSlider *slider = demoWindow.timeMachine()->slider();
        slider->setValue(slider->maximum() / 3);
        QTRY_VERIFY(!demoSession.isLive());
        const qint64 shown = *demoSession.asOfTime();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && model->rowOf(newest) < 0, 20000);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY2(model->shipmentAt(r)->submittedAt <= shown, qPrintable(model->shipmentAt(r)->shipmentId));
        // The selection and the detail follow: a shipment that existed then.
        QTRY_VERIFY(!pane->selectedShipmentId().isEmpty() && model->rowOf(pane->selectedShipmentId()) >= 0);
        QTRY_COMPARE(pane->detail()->shipmentId(), pane->selectedShipmentId());

        // A row picked at one moment stays in sight at a later one, where the shipments
        // submitted in between are listed above it.
        auto *table = pane->findChild<QTableView *>(QStringLiteral("shipmentLookup"));
        QVERIFY(table);
        table->setCurrentIndex(table->model()->index(3, 0));
        const QString picked = pane->selectedShipmentId();
        QCOMPARE(pane->detail()->shipmentId(), picked);
        slider->setValue(slider->value() + 300);
        QTRY_VERIFY(*demoSession.asOfTime() > shown);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(picked) > 40, 20000);
        QCOMPARE(pane->selectedShipmentId(), picked);
        QTRY_VERIFY(table->viewport()->rect().contains(table->visualRect(table->currentIndex())));

        demoWindow.timeMachine()->backToLive();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(newest) >= 0, 20000);
    }

    void liveFollowsTheHead()
    {
        QVERIFY(session->isLive());
        QCOMPARE(bar->slider()->value(), 9);
        QVERIFY(!bar->backToLiveAction()->isEnabled());
        QVERIFY(banner()->isHidden());
        QVERIFY(!window->windowTitle().contains(QStringLiteral("read-only")));
    }

    void theSliderPutsThePanesInThePastAndBack()
    {
        bar->slider()->setValue(5); // after the three submissions, before the assignment
        QTRY_VERIFY(!session->isLive());
        QCOMPARE(*session->asOfTime(), *isotime::parse(QStringLiteral("2026-01-05T10:00:00Z")));
        QTRY_COMPARE(count("submitted"), QStringLiteral("3"));
        QCOMPARE(count("delivered"), QStringLiteral("0"));
        QVERIFY(banner()->isVisible());
        QVERIFY(banner()->text().contains(QStringLiteral("read-only")));
        QVERIFY(window->windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(bar->backToLiveAction()->isEnabled());
        QCOMPARE(bar->dateTimeEdit()->dateTime().toMSecsSinceEpoch(), *session->asOfTime());

        // Back to live from the keyboard.
        QTest::keyClick(window.get(), Qt::Key_Escape);
        QVERIFY(session->isLive());
        QTRY_COMPARE(count("submitted"), QStringLiteral("2"));
        QCOMPARE(count("delivered"), QStringLiteral("1"));
        QCOMPARE(bar->slider()->value(), 9);
        QVERIFY(banner()->isHidden());
        QVERIFY(!bar->backToLiveAction()->isEnabled());
    }

    void aDragIsCoalescedIntoTheLastPosition()
    {
        for (int p = 8; p >= 3; --p)
            bar->slider()->setValue(p);
        QTRY_VERIFY(!session->isLive());
        QTRY_COMPARE(count("submitted"), QStringLiteral("1"));
        QCOMPARE(*session->asOfTime(), *isotime::parse(QStringLiteral("2026-01-05T09:00:00Z")));
        // The right end of the slider is live.
        bar->slider()->setValue(9);
        QTRY_VERIFY(session->isLive());
    }

    void theDateFieldPutsThePanesInThePast()
    {
        const qint64 t = *isotime::parse(QStringLiteral("2026-01-05T09:45:00Z"));
        bar->dateTimeEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(t).toLocalTime());
        QTRY_COMPARE(session->asOfTime().value_or(0), t);
        QTRY_COMPARE(count("submitted"), QStringLiteral("2"));
        QCOMPARE(count("assigned"), QStringLiteral("0"));
        QTRY_COMPARE(bar->slider()->value(), 4);
        QVERIFY(banner()->isVisible());

        bar->backToLiveAction()->trigger();
        QVERIFY(session->isLive());
        QTRY_COMPARE(count("delivered"), QStringLiteral("1"));
    }

    void newEventsMoveTheSliderOnlyWhileLive()
    {
        bar->slider()->setValue(4);
        QTRY_VERIFY(!session->isLive());
        client->submit(StoreClient::envelope(cmd::RegisterTruck{QStringLiteral("T-2"), 30000},
                                             Actor{QStringLiteral("dan"), Department::Dispatch}));
        QTRY_COMPARE(bar->slider()->maximum(), 10);
        QCOMPARE(bar->slider()->value(), 4);
        bar->backToLive();
        QCOMPARE(bar->slider()->value(), 10);
        client->submit(StoreClient::envelope(cmd::RegisterTruck{QStringLiteral("T-3"), 30000},
                                             Actor{QStringLiteral("dan"), Department::Dispatch}));
        QTRY_COMPARE(bar->slider()->value(), 11);
    }
};

QTEST_MAIN(TestTimeMachine)
#include "tst_timemachine.moc"
