#include "panes/catalog/contextmap.h"
#include "panes/catalog/eventcatalogmodel.h"
#include "panes/catalog/eventcatalogpane.h"
#include "panes/chain/chainexplorerpane.h"
#include "panes/chain/chainscene.h"
#include "panes/chain/chainview.h"
#include "storefixture.h"

#include "widgets/messagewords.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QGraphicsItem>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTextBrowser>

using namespace hs;

class TestChainExplorerPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Q_INIT_RESOURCE(resources); }
    void init();
    void cleanup();
    void firstShowPicksTheLatestDelivery();
    void rendersTheNodesOfACorrelation();
    void clickingANodeShowsItsDetails();
    void zoomAndFit();
    void exportsPngAndSvg();
    void unknownIdSaysSo();
    void aShipmentNumberFindsItsActions();
    void catalogCountsAndMapsEveryType();

private:
    std::unique_ptr<OpenedStore> m_store;
    std::unique_ptr<ChainExplorerPane> m_pane;
};

void TestChainExplorerPane::init()
{
    m_store = std::make_unique<OpenedStore>();
    QVERIFY(m_store->open());
    m_pane = std::make_unique<ChainExplorerPane>(&m_store->session);
    m_pane->resize(1200, 700);
    m_pane->show();
}

void TestChainExplorerPane::cleanup()
{
    m_pane.reset();
    m_store.reset();
}

void TestChainExplorerPane::firstShowPicksTheLatestDelivery()
{
    QSignalSpy shown(m_pane.get(), &ChainExplorerPane::chainShown);
    m_pane->refresh();
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown[0][0].toString(), QStringLiteral("c6"));
    QCOMPARE(shown[0][1].toInt(), 4);
}

void TestChainExplorerPane::rendersTheNodesOfACorrelation()
{
    QSignalSpy shown(m_pane.get(), &ChainExplorerPane::chainShown);
    m_pane->showChain(QStringLiteral("c4"));
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(m_pane->scene()->nodeItemCount(), 2); // AssignTruck and ShipmentAssigned
    m_pane->showChain(QStringLiteral("c6"));
    QTRY_COMPARE(shown.size(), 2);
    QCOMPARE(m_pane->scene()->nodeItemCount(), 4);
    QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("chain-caption"))->text().contains(QStringLiteral("c6")));
    // The rejected command forms its own chain, drawn as such.
    m_pane->showChain(QStringLiteral("c8"));
    QTRY_COMPARE(shown.size(), 3);
    QCOMPARE(m_pane->scene()->nodeItemCount(), 1);
    QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("chain-caption"))->text().contains(QStringLiteral("1 rejected")));
    // The refused command in words: what was tried and why, never the type or the code's name.
    QVERIFY(m_pane->scene()->selectNode(QStringLiteral("c8")));
    const QString details = m_pane->findChild<QTextBrowser *>(QStringLiteral("chain-details"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Send shipments out for delivery")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("not possible now")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("only an assigned shipment can be shipped")), qPrintable(details));
    QVERIFY(!details.contains(QStringLiteral("ShipShipment")) && !details.contains(QStringLiteral("illegal_transition")));
    const QList<QGraphicsItem *> items = m_pane->scene()->items();
    QStringList tips;
    for (const QGraphicsItem *i : items)
        tips << i->toolTip();
    QVERIFY2(tips.join(u'\n').contains(QStringLiteral("Command Send shipments out for delivery, rejected (not possible now)")), qPrintable(tips.join(u'\n')));
}

void TestChainExplorerPane::clickingANodeShowsItsDetails()
{
    QSignalSpy shown(m_pane.get(), &ChainExplorerPane::chainShown);
    m_pane->showChain(QStringLiteral("c6"));
    QTRY_COMPARE(shown.size(), 1);
    const ChainGraph &g = m_pane->scene()->graph();
    const QString invoiceEvent = g.nodes[3].id;
    QVERIFY(m_pane->scene()->selectNode(invoiceEvent));
    auto *details = m_pane->findChild<QTextBrowser *>(QStringLiteral("chain-details"));
    QVERIFY(details->toPlainText().contains(QStringLiteral("Account invoiced")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("\"amountCents\": 28000")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("System")));
}

void TestChainExplorerPane::zoomAndFit()
{
    QSignalSpy shown(m_pane.get(), &ChainExplorerPane::chainShown);
    m_pane->showChain(QStringLiteral("c6"));
    QTRY_COMPARE(shown.size(), 1);
    ChainView *view = m_pane->view();
    const double fitted = view->zoom();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(view->zoom() > fitted);
    QTest::keyClick(view, Qt::Key_F);
    QCOMPARE(view->zoom(), fitted);
}

void TestChainExplorerPane::exportsPngAndSvg()
{
    QSignalSpy shown(m_pane.get(), &ChainExplorerPane::chainShown);
    m_pane->showChain(QStringLiteral("c6"));
    QTRY_COMPARE(shown.size(), 1);
    const QString png = m_store->dir.filePath(QStringLiteral("chain.png"));
    const QString svg = m_store->dir.filePath(QStringLiteral("chain.svg"));
    QVERIFY(m_pane->exportPng(png));
    QVERIFY(m_pane->exportSvg(svg));
    const QImage image(png);
    QVERIFY(image.width() > 400 && image.height() > 200);
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("Record deliveries")); // the command in words, as on screen
}

void TestChainExplorerPane::unknownIdSaysSo()
{
    m_pane->showChain(QStringLiteral("no-such-id"));
    QTRY_VERIFY(m_pane->findChild<QLabel *>(QStringLiteral("chain-caption"))->text().contains(QStringLiteral("no-such-id")));
    QCOMPARE(m_pane->scene()->nodeItemCount(), 0);
}

void TestChainExplorerPane::aShipmentNumberFindsItsActions()
{
    // S-1 was last touched by the delivery (c6): its chain, and every action on S-1 to pick from.
    QSignalSpy shown(m_pane.get(), &ChainExplorerPane::chainShown);
    m_pane->refresh(); // the recent actions first, as a user finds the pane
    QTRY_COMPARE(shown.size(), 1);
    m_pane->showChain(QStringLiteral("c4"));
    QTRY_COMPARE(shown.size(), 2);
    m_pane->showChain(QStringLiteral("S-1"));
    QTRY_COMPARE(shown.size(), 3);
    QCOMPARE(shown[2][0].toString(), QStringLiteral("c6"));
    auto *box = m_pane->findChild<QComboBox *>();
    QVERIFY(box);
    QStringList ids;
    for (int i = 0; i < box->count(); ++i)
        ids << box->itemData(i).toString();
    QCOMPARE(ids, (QStringList{"c6", "c5", "c4", "c3"}));
}

void TestChainExplorerPane::catalogCountsAndMapsEveryType()
{
    EventCatalogPane catalog(&m_store->session);
    QAbstractItemModelTester tester(catalog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(catalog.model()->rowCount(), 19);
    catalog.refresh();
    QTRY_VERIFY(catalog.hasData());
    EventCatalogModel *m = catalog.model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QString type = m->index(r, EventCatalogModel::Type).data().toString();
        const qint64 count = m->index(r, EventCatalogModel::Stored).data(EventCatalogModel::RawRole).toLongLong();
        QCOMPARE(count, type == u"AccountInvoiced" || type == u"ShipmentDelivered" || type == u"PaymentPosted" ? 1 : count);
        if (type == u"ShipmentDelivered") {
            // In words on screen; the code's names in the raw value and the tooltip.
            const QModelIndex consumedBy = m->index(r, EventCatalogModel::ConsumedBy);
            QVERIFY(consumedBy.data().toString().contains(QStringLiteral("Invoice on delivery")));
            QVERIFY(!consumedBy.data().toString().contains(QStringLiteral("listener:")));
            QVERIFY(consumedBy.data(EventCatalogModel::RawRole).toString().contains(QStringLiteral("listener:delivery-invoicing")));
            QVERIFY(consumedBy.data(Qt::ToolTipRole).toString().contains(QStringLiteral("listener:delivery-invoicing")));
            QCOMPARE(m->index(r, EventCatalogModel::Context).data().toString(), QStringLiteral("Dispatch"));
            QCOMPARE(m->index(r, EventCatalogModel::ProducedBy).data().toString(), words::commandOfType(QStringLiteral("DeliverShipment")));
        }
    }
    int consumers = 0;
    for (const CatalogEntry &e : m->entries())
        consumers += int(e.consumedBy.size());
    QCOMPARE(catalog.contextMap()->arrowCount(), consumers);
}

QTEST_MAIN(TestChainExplorerPane)
#include "tst_chainexplorerpane.moc"
