#include "panes/finance/accountsmodel.h"
#include "panes/finance/creditactions.h"
#include "panes/finance/receivablesmodels.h"
#include "panes/finance/receivablespanel.h"
#include "widgets/requiredtextdialog.h"
#include "panes/finance/financepane.h"
#include "panes/finance/ledgermodel.h"
#include "panes/finance/pricingrulesmodel.h"
#include "widgets/money.h"
#include "widgets/moneyedit.h"
#include "panes/finance/statementexport.h"
#include "seedstore.h"
#include "shell/session.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QSpinBox>
#include <QTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

class TestFinanceLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ledgerShowsRunningBalance();
    void paymentMovesTheRunningBalance();
    void usedReferenceIsRefusedWithTheDecidersReason();
    void reverseNeedsAPayment();
    void filterAndSort();
    void statementCsv();
    void pricingRuleDialogStartsFromTheRuleInForce();
    void scheduledPricingRulesAreListed();
    void writeOffFromTheOpenItems();

private:
    qint64 lastBalance() const { return m_pane->ledgerModel()->rows().back().balanceCents; }

    QTemporaryDir m_dir;
    StoreClient *m_client = nullptr;
    Session *m_session = nullptr;
    FinancePane *m_pane = nullptr;
    qint64 m_price = 0;
};

void TestFinanceLedger::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = hs::test::storeLocation(m_dir, QStringLiteral("ledger.db"));
    {
        StoreError error;
        auto reducer = Reducer::open(path, &error);
        QVERIFY(reducer);
        QVERIFY(reducer->ensureStore(&error));
        StoreSeeder seed{*reducer};
        const qint64 t = isotime::nowMs() - 3 * 86400 * 1000LL;
        QVERIFY(seed.send(cmd::OpenAccount{QStringLiteral("A-1"), QStringLiteral("Prairie Grain")}, Department::Finance, t));
        QVERIFY(seed.send(cmd::OpenAccount{QStringLiteral("B-7"), QStringLiteral("Bison Feed Co")}, Department::Finance, t));
        QVERIFY(seed.send(cmd::RegisterTruck{QStringLiteral("T-1"), 20000}, Department::Dispatch, t));
        QVERIFY(seed.shipment(QStringLiteral("S-1"), QStringLiteral("A-1"), 1000, t));
        QVERIFY(seed.send(cmd::AssignTruck{QStringLiteral("S-1"), QStringLiteral("T-1")}, Department::Dispatch, t + 1000));
        QVERIFY(seed.send(cmd::ShipShipment{QStringLiteral("S-1")}, Department::Dispatch, t + 2000));
        QVERIFY(seed.send(cmd::DeliverShipment{QStringLiteral("S-1"), QStringLiteral("Ann")}, Department::Dispatch, t + 86400000));
        QVERIFY(seed.send(cmd::PostPayment{QStringLiteral("A-1"), 10000, QStringLiteral("CHK-1")}, Department::Finance, t + 2 * 86400000));
        // In force from yesterday, after S-1 was priced.
        QVERIFY(seed.send(cmd::SchedulePricingRule{QStringLiteral("R-1"), t + 2 * 86400000 + 2000, 29, 3000}, Department::Finance, t + 2 * 86400000 + 1000));
        m_price = 1000 * standingCentsPerLb;
    }
    m_client = new StoreClient(this);
    m_session = new Session(m_client, this);
    m_session->setActor(Actor{QStringLiteral("fiona"), Department::Finance});
    m_pane = new FinancePane(m_session);
    new QAbstractItemModelTester(m_pane->accountsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_pane);
    new QAbstractItemModelTester(m_pane->ledgerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_pane);
    new QAbstractItemModelTester(m_pane->accountsProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_pane);
    connect(m_client, &StoreClient::storeChanged, m_pane, &FinancePane::refresh);
    QSignalSpy opened(m_client, &StoreClient::opened);
    m_client->open(path);
    QVERIFY(opened.wait(10000) || opened.count() > 0);
    m_pane->resize(1200, 800);
    m_pane->show();
    m_pane->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->hasData(), 10000);
    QCOMPARE(m_pane->accountsModel()->rowCount(), 2);
}

void TestFinanceLedger::cleanupTestCase() { delete m_pane; }

void TestFinanceLedger::ledgerShowsRunningBalance()
{
    QSignalSpy shown(m_pane, &FinancePane::ledgerShown);
    m_pane->selectAccount(QStringLiteral("A-1"));
    QTRY_COMPARE(m_pane->ledgerModel()->rowCount(), 2);
    const auto &rows = m_pane->ledgerModel()->rows();
    QCOMPARE(rows[0].kind, QStringLiteral("invoice"));
    QCOMPARE(rows[0].balanceCents, -m_price);
    QCOMPARE(rows[1].balanceCents, 10000 - m_price);
    // Said the way the account's header says it: the invoice is owed, not "($280.00)".
    const QString invoiced = m_pane->ledgerModel()->index(0, LedgerModel::Amount).data().toString();
    QCOMPARE(invoiced, formatMoney(m_price));
    QVERIFY2(!invoiced.contains(u'(') && !invoiced.contains(u'-'), qPrintable(invoiced));
    QCOMPARE(m_pane->ledgerModel()->index(0, LedgerModel::Balance).data().toString(), QStringLiteral("owes $280.00"));
    QCOMPARE(m_pane->ledgerModel()->index(1, LedgerModel::Balance).data().toString(), QStringLiteral("owes $180.00"));
    QVERIFY(m_pane->ledgerModel()->index(0, LedgerModel::Note).data().toString().startsWith(QStringLiteral("due ")));
}

void TestFinanceLedger::paymentMovesTheRunningBalance()
{
    const qint64 before = lastBalance();
    auto *amount = m_pane->findChild<MoneyEdit *>(QStringLiteral("paymentAmount"));
    auto *reference = m_pane->findChild<QLineEdit *>(QStringLiteral("paymentReference"));
    auto *post = m_pane->findChild<QPushButton *>(QStringLiteral("postPaymentButton"));
    QVERIFY(amount && reference && post);
    QVERIFY(!post->isEnabled());
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("125.50"));
    QTest::keyClicks(reference, QStringLiteral("WIRE-2"));
    QCOMPARE(amount->cents(), 12550);
    QTRY_VERIFY(post->isEnabled());
    QTest::mouseClick(post, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->ledgerModel()->rowCount(), 3, 5000);
    QCOMPARE(m_pane->ledgerModel()->rows().back().reference, QStringLiteral("WIRE-2"));
    QCOMPARE(lastBalance(), before + 12550);
    QCOMPARE(reference->text(), QString());
}

void TestFinanceLedger::usedReferenceIsRefusedWithTheDecidersReason()
{
    auto *amount = m_pane->findChild<MoneyEdit *>(QStringLiteral("paymentAmount"));
    auto *reference = m_pane->findChild<QLineEdit *>(QStringLiteral("paymentReference"));
    auto *post = m_pane->findChild<QPushButton *>(QStringLiteral("postPaymentButton"));
    QSignalSpy updated(m_pane, &FinancePane::actionsUpdated);
    amount->setCents(1000);
    reference->setText(QStringLiteral("CHK-1"));
    QTRY_VERIFY(!post->isEnabled() && post->toolTip().contains(QStringLiteral("already used")));
    reference->clear();
    amount->setCents(0);
}

void TestFinanceLedger::reverseNeedsAPayment()
{
    auto *reverse = m_pane->findChild<QPushButton *>(QStringLiteral("reversePaymentButton"));
    m_pane->ledgerView()->setCurrentIndex(m_pane->ledgerView()->model()->index(0, 0)); // the invoice
    QTRY_VERIFY(!reverse->isEnabled());
    QVERIFY2(reverse->toolTip().contains(QStringLiteral("payment")), qPrintable(reverse->toolTip()));
    m_pane->ledgerView()->setCurrentIndex(m_pane->ledgerView()->model()->index(1, 0)); // CHK-1
    QTRY_VERIFY(reverse->isEnabled());
    const qint64 before = lastBalance();
    m_pane->reverseSelectedPayment(QStringLiteral("bounced"));
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->ledgerModel()->rowCount(), 4, 5000);
    QCOMPARE(m_pane->ledgerModel()->rows().back().kind, QStringLiteral("reversal"));
    QCOMPARE(lastBalance(), before - 10000);
    // Why it was reversed stays beside it.
    const int last = m_pane->ledgerModel()->rowCount() - 1;
    QTRY_COMPARE(m_pane->ledgerModel()->index(last, LedgerModel::Note).data().toString(), QStringLiteral("bounced"));
}

void TestFinanceLedger::filterAndSort()
{
    auto *filter = m_pane->findChild<QLineEdit *>(QStringLiteral("accountFilter"));
    QTest::keyClicks(filter, QStringLiteral("bison"));
    QCOMPARE(m_pane->accountsProxy()->rowCount(), 1);
    QCOMPARE(m_pane->accountsProxy()->index(0, AccountsModel::Account).data().toString(), QStringLiteral("B-7"));
    filter->clear();
    QCOMPARE(m_pane->accountsProxy()->rowCount(), 2);
    // By balance, most owed first: A-1 owes, B-7 owes nothing.
    m_pane->accountsView()->sortByColumn(AccountsModel::Balance, Qt::AscendingOrder);
    QCOMPARE(m_pane->accountsProxy()->index(0, AccountsModel::Account).data().toString(), QStringLiteral("A-1"));
    m_pane->accountsView()->sortByColumn(AccountsModel::Account, Qt::AscendingOrder);
}

void TestFinanceLedger::statementCsv()
{
    const auto &rows = m_pane->ledgerModel()->rows();
    const AccountView account = m_pane->accountsModel()->rowAt(m_pane->accountsModel()->rowOfKey(QStringLiteral("A-1")));
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(rows.front().occurredAt).toLocalTime().date();
    // From the day after the invoice: the invoice is brought forward, not listed.
    Statement s = buildStatement(account, rows, firstDay.addDays(1), QDate::currentDate());
    s.anchor = QStringLiteral("12:") + QString(64, u'e');
    QCOMPARE(s.openingCents, rows.front().balanceCents);
    QCOMPARE(s.closingCents, rows.back().balanceCents);
    QCOMPARE(int(s.entries.size()), int(rows.size()) - 1);
    const QString csv = m_dir.filePath(QStringLiteral("s.csv"));
    QString error;
    QVERIFY2(writeStatementCsv(s, csv, &error), qPrintable(error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2 + int(s.entries.size()) + 2);
    QCOMPARE(lines.last(), QStringLiteral("A-1,%1,chain anchor,,12:%2,,").arg(QDate::currentDate().toString(Qt::ISODate), QString(64, u'e')));
    QVERIFY(statementHtml(s).contains(QStringLiteral("haulctl verify --expect 12:") + QString(64, u'e')));
    QVERIFY(lines[1].contains(QStringLiteral("opening balance,,,,-280.00")));
    QVERIFY(lines[2].contains(QStringLiteral(",payment,,CHK-1,100.00,-180.00")));
    const QString pdf = m_dir.filePath(QStringLiteral("s.pdf"));
    QVERIFY2(writeStatementPdf(s, pdf, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestFinanceLedger::pricingRuleDialogStartsFromTheRuleInForce()
{
    qint64 minimum = -1;
    int rate = -1;
    QString format;
    QDateTime from;
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [&, poll] {
        QWidget *d = QApplication::activeModalWidget();
        if (!d)
            return;
        poll->stop();
        minimum = d->findChild<MoneyEdit *>(QStringLiteral("minimumSpin"))->cents();
        rate = d->findChild<QSpinBox *>(QStringLiteral("centsPerLbSpin"))->value();
        format = d->findChild<QDateTimeEdit *>(QStringLiteral("effectiveFromEdit"))->displayFormat();
        from = d->findChild<QDateTimeEdit *>(QStringLiteral("effectiveFromEdit"))->dateTime();
        d->close();
    });
    poll->start(20);
    QTest::mouseClick(m_pane->findChild<QPushButton *>(QStringLiteral("pricingRuleButton")), Qt::LeftButton);
    QTRY_VERIFY(minimum >= 0);
    delete poll;
    QCOMPARE(minimum, 3000); // R-1's minimum, not $0.00
    QCOMPARE(rate, 29);
    QVERIFY2(!format.contains(QLatin1Char('s')), qPrintable(format)); // no seconds to retype
    QCOMPARE(from.time().second(), 0);
}

void TestFinanceLedger::scheduledPricingRulesAreListed()
{
    PricingRulesModel *rules = m_pane->pricingRulesModel();
    new QAbstractItemModelTester(rules, QAbstractItemModelTester::FailureReportingMode::QtTest, m_pane);
    QTRY_VERIFY(rules->rowOfKey(QStringLiteral("R-1")) >= 0);
    QCOMPARE(rules->index(rules->rowOfKey(QStringLiteral("R-1")), PricingRulesModel::Standing).data().toString(), QStringLiteral("in force"));
    const qint64 nextWeek = isotime::nowMs() + 7 * 86400 * 1000LL;
    m_session->submit(cmd::SchedulePricingRule{QStringLiteral("R-2"), nextWeek, 33, 3500});
    QTRY_VERIFY_WITH_TIMEOUT(rules->rowOfKey(QStringLiteral("R-2")) >= 0, 5000);
    // The latest to take effect first, marked as still to come.
    QCOMPARE(rules->rowOfKey(QStringLiteral("R-2")), 0);
    QCOMPARE(rules->index(0, PricingRulesModel::Standing).data().toString(), QStringLiteral("scheduled"));
    QCOMPARE(rules->index(0, PricingRulesModel::Minimum).data().toString(), QStringLiteral("$35.00"));
    QCOMPARE(rules->index(1, PricingRulesModel::Standing).data().toString(), QStringLiteral("in force"));
}

// The open invoice picked under "Aging and open items" is the one the write-off button closes.
void TestFinanceLedger::writeOffFromTheOpenItems()
{
    m_pane->selectAccount(QStringLiteral("A-1"));
    ReceivablesPanel *panel = m_pane->receivablesPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->shownAccount() == u"A-1" && panel->invoicesModel()->rowCount() == 1, 5000);
    QPushButton *writeOff = m_pane->creditActions()->writeOffButton();
    QTRY_VERIFY(!writeOff->isEnabled());
    panel->invoicesView()->setCurrentIndex(panel->invoicesModel()->index(0, 0));
    QTRY_VERIFY(writeOff->isEnabled());
    const qint64 before = lastBalance();
    QVERIFY(before < 0);
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [poll] {
        if (auto *d = qobject_cast<RequiredTextDialog *>(QApplication::activeModalWidget())) {
            poll->deleteLater();
            poll->stop();
            QTest::keyClicks(d->edit(), QStringLiteral("Customer went out of business"));
            QTest::mouseClick(d->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        }
    });
    poll->start();
    const int rows = m_pane->ledgerModel()->rowCount();
    QTest::mouseClick(writeOff, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->ledgerModel()->rowCount(), rows + 1, 5000);
    QCOMPARE(m_pane->ledgerModel()->rows().back().kind, QStringLiteral("writeoff"));
    QCOMPARE(m_pane->ledgerModel()->rows().back().amountCents, -before);
    QCOMPARE(LedgerModel::kindWords(QStringLiteral("writeoff")), QStringLiteral("Write-off"));
    QCOMPARE(lastBalance(), 0);
    // The reason typed is the ledger's note for the write-off, as a reversal's is.
    LedgerModel *ledger = m_pane->ledgerModel();
    QCOMPARE(ledger->index(ledger->rowCount() - 1, LedgerModel::Note).data().toString(),
             QStringLiteral("Customer went out of business"));
}

QTEST_MAIN(TestFinanceLedger)
#include "tst_financeledger.moc"
