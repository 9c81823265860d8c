#include "panes/history/businessactionmodel.h"
#include "panes/history/eventhistorymodel.h"
#include "panes/history/eventhistorypane.h"
#include "panes/history/eventinspector.h"
#include "reducer/commandresult.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace hs;
using historyfixture::minute;

class TestEventHistoryPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Q_INIT_RESOURCE(resources); }
    void init();
    void cleanup();
    void showsEveryEventNewestFirst();
    void typeAndTextNarrowTheRows();
    void compactViewGroupsByBusinessAction();
    void inspectorHighlightsTheChangedFields();
    void timelineIsHaulctlsText();
    void exportWritesTheFilteredEvents();
    void timeMachineShowsOnlyThePast();
    void streamFilterTakesAShipmentNumber();
    void liveTailPutsNewEventsOnTop();

private:
    QList<qint64> shownPositions() const;

    std::unique_ptr<OpenedStore> m_store;
    std::unique_ptr<EventHistoryPane> m_pane;
};

void TestEventHistoryPane::init()
{
    m_store = std::make_unique<OpenedStore>();
    QVERIFY(m_store->open());
    m_pane = std::make_unique<EventHistoryPane>(&m_store->session);
    new QAbstractItemModelTester(m_pane->fullModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_pane.get());
    new QAbstractItemModelTester(m_pane->compactModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_pane.get());
    m_pane->resize(1200, 700);
    m_pane->show();
    m_pane->refresh();
    QTRY_COMPARE(m_pane->fullModel()->rowCount(), 8);
}

void TestEventHistoryPane::cleanup()
{
    m_pane.reset();
    m_store.reset();
}

QList<qint64> TestEventHistoryPane::shownPositions() const
{
    QList<qint64> out;
    const EventHistoryModel *m = m_pane->fullModel();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, 0).data(EventHistoryModel::PositionRole).toLongLong();
    return out;
}

void TestEventHistoryPane::showsEveryEventNewestFirst()
{
    QCOMPARE(shownPositions(), (QList<qint64>{8, 7, 6, 5, 4, 3, 2, 1}));
    const QModelIndex delivered = m_pane->fullModel()->index(2, EventHistoryModel::Summary);
    QCOMPARE(delivered.data().toString(), QStringLiteral("S-1 delivered by truck T-7, signed by Pat Doe"));
    QCOMPARE(m_pane->fullModel()->index(2, EventHistoryModel::Department).data(EventHistoryModel::RawRole).toString(),
             QStringLiteral("dispatch"));
    QTRY_COMPARE(m_pane->findChild<QLabel *>(QStringLiteral("match-count"))->text(), QStringLiteral("8 event(s)"));

    auto *order = m_pane->findChild<QComboBox *>(QStringLiteral("filter-order"));
    order->setCurrentIndex(1);
    QTRY_COMPARE(shownPositions(), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8}));
}

void TestEventHistoryPane::typeAndTextNarrowTheRows()
{
    auto *text = m_pane->findChild<QLineEdit *>(QStringLiteral("filter-text"));
    QTest::keyClicks(text, QStringLiteral("T-7"));
    QTRY_COMPARE(shownPositions(), (QList<qint64>{6, 5, 4, 2}));

    auto *type = m_pane->findChild<QComboBox *>(QStringLiteral("filter-type"));
    type->setCurrentIndex(type->findData(QStringLiteral("ShipmentShipped")));
    QTRY_COMPARE(shownPositions(), (QList<qint64>{5}));
    QTRY_COMPARE(m_pane->findChild<QLabel *>(QStringLiteral("match-count"))->text(), QStringLiteral("1 event(s)"));

    auto *department = m_pane->findChild<QComboBox *>(QStringLiteral("filter-department"));
    department->setCurrentIndex(department->findData(int(Department::Finance)));
    QTRY_COMPARE(m_pane->fullModel()->rowCount(), 0);
    QTRY_VERIFY(m_pane->fullModel()->isComplete());
}

void TestEventHistoryPane::compactViewGroupsByBusinessAction()
{
    BusinessActionModel *m = m_pane->compactModel();
    QTRY_COMPARE(m->rowCount(), 7);
    const QModelIndex delivery = m->index(1, BusinessActionModel::What);
    QCOMPARE(delivery.data().toString(), QStringLiteral("Record deliveries")); // in words, not DeliverShipment
    QCOMPARE(delivery.data(BusinessActionModel::RawRole).toString(), QStringLiteral("DeliverShipment"));
    QCOMPARE(m->index(1, BusinessActionModel::Events).data(BusinessActionModel::RawRole).toLongLong(), 2);
    const QModelIndex first = m->index(1, 0);
    QCOMPARE(m->rowCount(first), 2);
    QCOMPARE(m->index(1, BusinessActionModel::What, first).data().toString(), QStringLiteral("Account invoiced"));
}

void TestEventHistoryPane::inspectorHighlightsTheChangedFields()
{
    auto *view = m_pane->findChild<QTableView *>(QStringLiteral("history-full"));
    QSignalSpy shown(m_pane->inspector(), &EventInspector::stateShown);
    const int row = m_pane->fullModel()->rowOfPosition(4); // ShipmentAssigned S-1 -> T-7
    view->setCurrentIndex(m_pane->fullModel()->index(row, 0));
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(m_pane->inspector()->event()->position, 4);

    QTreeWidget *tree = m_pane->inspector()->stateTree();
    QCOMPARE(tree->topLevelItemCount(), 2); // the shipment and the truck
    QTreeWidgetItem *shipment = tree->topLevelItem(0);
    QCOMPARE(shipment->text(0), QStringLiteral("Shipment S-1"));
    QStringList highlighted;
    for (int i = 0; i < shipment->childCount(); ++i) {
        QTreeWidgetItem *field = shipment->child(i);
        if (field->data(0, Qt::UserRole).toBool())
            highlighted << field->text(0);
        // Labels and values as people read them, not the view's field names (issue 13, item 5).
        if (field->text(0) == u"Status") {
            QCOMPARE(field->text(1), QStringLiteral("Submitted"));
            QCOMPARE(field->text(2), QStringLiteral("Assigned"));
            QVERIFY(field->font(0).bold());
        }
        if (field->text(0) == u"Weight")
            QCOMPARE(field->text(2), QStringLiteral("%1 lb").arg(QLocale().toString(1000)));
        if (field->text(0) == u"Price")
            QCOMPARE(field->text(2), QStringLiteral("$280.00"));
        QVERIFY2(!field->text(0).endsWith(u"Cents") && !field->text(0).endsWith(u"Id"), qPrintable(field->text(0)));
    }
    QCOMPARE(highlighted, (QStringList{"Status", "Truck", "Version"}));
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Truck T-7"));
    QVERIFY(m_pane->inspector()->dataView()->toPlainText().contains(QStringLiteral("\"truckId\": \"T-7\"")));
}

void TestEventHistoryPane::timelineIsHaulctlsText()
{
    auto *view = m_pane->findChild<QTableView *>(QStringLiteral("history-full"));
    view->setCurrentIndex(m_pane->fullModel()->index(m_pane->fullModel()->rowOfPosition(4), 0));
    m_pane->findChild<QTabWidget *>(QStringLiteral("history-views"))->setCurrentIndex(2);
    auto *timeline = m_pane->findChild<QPlainTextEdit *>(QStringLiteral("stream-timeline"));
    QTRY_VERIFY(!timeline->toPlainText().isEmpty());
    const QStringList lines = timeline->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[1], QStringLiteral("shipment-S-1  v2  2026-01-05T10:03:00.000Z  ShipmentAssigned  "
                                      "{\"shipmentId\":\"S-1\",\"truckId\":\"T-7\",\"previousTruckId\":null}"));
}

void TestEventHistoryPane::exportWritesTheFilteredEvents()
{
    auto *stream = m_pane->findChild<QLineEdit *>(QStringLiteral("filter-stream"));
    stream->setText(QStringLiteral("account-ACME"));
    QTRY_COMPARE(shownPositions(), (QList<qint64>{8, 7, 1}));
    const QString path = m_store->dir.filePath(QStringLiteral("out.jsonl"));
    QSignalSpy done(m_pane.get(), &EventHistoryPane::exported);
    m_pane->exportTo(path);
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done[0][0].toLongLong(), 3);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].startsWith("{\"position\":1,"));
    QVERIFY(lines[2].contains("\"type\":\"PaymentPosted\""));
}

void TestEventHistoryPane::timeMachineShowsOnlyThePast()
{
    m_store->session.setAsOfTime(minute(3));
    m_pane->refresh();
    QTRY_COMPARE(shownPositions(), (QList<qint64>{4, 3, 2, 1}));
    QVERIFY(!m_pane->findChild<QCheckBox *>(QStringLiteral("live-tail"))->isEnabled());
    m_store->session.setAsOfTime(std::nullopt);
    m_pane->refresh();
    QTRY_COMPARE(m_pane->fullModel()->rowCount(), 8);
}

void TestEventHistoryPane::streamFilterTakesAShipmentNumber()
{
    auto *stream = m_pane->findChild<QLineEdit *>(QStringLiteral("filter-stream"));
    stream->setText(QStringLiteral("shipment-S-1"));
    QTRY_VERIFY(!m_pane->fullModel()->isLoading() && m_pane->fullModel()->rowCount() > 0 && m_pane->fullModel()->rowCount() < 8);
    const QList<qint64> ofShipment = shownPositions();
    // The number alone, as it is printed on every screen (issue 13).
    stream->setText(QStringLiteral("S-1"));
    QTRY_COMPARE(shownPositions(), ofShipment);
    stream->clear();
    QTRY_COMPARE(m_pane->fullModel()->rowCount(), 8);
}

void TestEventHistoryPane::liveTailPutsNewEventsOnTop()
{
    m_store->session.setActor(Actor{QStringLiteral("fran"), Department::Finance});
    QSignalSpy changed(&m_store->client, &StoreClient::storeChanged);
    m_store->session.submit(cmd::PostPayment{QStringLiteral("ACME"), 500, QStringLiteral("R-2")});
    QTRY_VERIFY(!changed.isEmpty());
    m_pane->refresh(); // what the main window does when the store changes
    QTRY_COMPARE(m_pane->fullModel()->rowCount(), 9);
    QCOMPARE(shownPositions().first(), 9);
}

QTEST_MAIN(TestEventHistoryPane)
#include "tst_eventhistorypane.moc"
