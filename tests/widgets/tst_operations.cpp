// Operations depth in the dashboard: the aging report with its drill-down, chart and export; the
// at-risk list under a fake clock; the check-call dialog.

#include "teststore.h"
#include "panes/customerservice/intakeform.h"
#include "shell/companyprofiledialog.h"
#include "widgets/documentbutton.h"
#include "panes/dispatch/checkcalldialog.h"
#include "panes/customerservice/shipmentdetail.h"
#include "panes/finance/creditactions.h"
#include "panes/finance/financedialogs.h"
#include "panes/finance/receivablesmodels.h"
#include "widgets/requiredtextdialog.h"
#include "panes/finance/receivablespanel.h"
#include "seedstore.h"
#include "shell/session.h"
#include "widgets/atrisklist.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include "widgets/moneyedit.h"
#include <QLabel>
#include <QSpinBox>
#include <QBarSet>
#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QMenu>
#include <QTimer>

using namespace hs;

namespace {
constexpr qint64 day = 24LL * 60 * 60 * 1000;
constexpr qint64 hour = 60LL * 60 * 1000;

// Every control a keyboard can reach has a name a screen reader can say.
QStringList unnamedControls(const QWidget &w)
{
    QStringList out;
    for (QWidget *c : w.findChildren<QWidget *>()) {
        if (c->focusPolicy() == Qt::NoFocus || c->window() != w.window() || qobject_cast<QAbstractSpinBox *>(c->parentWidget()))
            continue; // not reachable, in a popup of its own (a combo's list), or part of a spin box
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(c);
        if (!a || a->text(QAccessible::Name).isEmpty())
            out << QStringLiteral("%1 (%2)").arg(c->objectName(), QString::fromLatin1(c->metaObject()->className()));
    }
    return out;
}

// Answers the next modal dialog as soon as it opens (a dialog's exec() blocks the test).
void whenDialogOpens(QObject *owner, std::function<void(QWidget *)> answer)
{
    auto *poll = new QTimer(owner);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, owner, [poll, answer] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start();
}
}

class TestOperations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    StoreClient *m_client = nullptr;
    Session *m_session = nullptr;
    qint64 m_now = 0;
    qint64 m_breakdown = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = hs::test::storeLocation(m_dir, QStringLiteral("operations.db"));
        m_now = isotime::nowMs();
        const qint64 t = m_now - 80 * day;
        {
            StoreError error;
            auto reducer = Reducer::open(path, &error);
            QVERIFY(reducer && reducer->ensureStore(&error));
            StoreSeeder seed{*reducer};
            QVERIFY(seed.send(cmd::OpenAccount{QStringLiteral("A-1"), QStringLiteral("Prairie Grain")}, Department::Finance, t));
            QVERIFY(seed.send(cmd::OpenAccount{QStringLiteral("B-7"), QStringLiteral("Bison Feed Co")}, Department::Finance, t));
            QVERIFY(seed.send(cmd::RegisterTruck{QStringLiteral("T-1"), 20000}, Department::Dispatch, t));
            QVERIFY(seed.send(cmd::RegisterTruck{QStringLiteral("T-2"), 20000}, Department::Dispatch, t));
            // S-1 delivered 79 days ago (due 49 days ago), S-2 delivered 10 days ago (not yet due).
            const auto deliver = [&](const QString &s, const QString &truck, qint64 at) {
                return seed.shipment(s, QStringLiteral("A-1"), 1000, at)
                    && seed.send(cmd::AssignTruck{s, truck}, Department::Dispatch, at + 1000)
                    && seed.send(cmd::ShipShipment{s}, Department::Dispatch, at + 2000)
                    && seed.send(cmd::DeliverShipment{s, QStringLiteral("Ann")}, Department::Dispatch, at + day);
            };
            QVERIFY(deliver(QStringLiteral("S-1"), QStringLiteral("T-1"), t));
            QVERIFY(deliver(QStringLiteral("S-2"), QStringLiteral("T-1"), m_now - 11 * day));
            QVERIFY(seed.send(cmd::PostPayment{QStringLiteral("A-1"), 10000, QStringLiteral("CHK-1")}, Department::Finance, m_now - 5 * day));
            // S-3 is on the road on T-2, which broke down three hours ago.
            QVERIFY(seed.shipment(QStringLiteral("S-3"), QStringLiteral("B-7"), 500, m_now - 6 * hour));
            QVERIFY(seed.send(cmd::AssignTruck{QStringLiteral("S-3"), QStringLiteral("T-2")}, Department::Dispatch, m_now - 5 * hour));
            QVERIFY(seed.send(cmd::ShipShipment{QStringLiteral("S-3")}, Department::Dispatch, m_now - 4 * hour));
            m_breakdown = m_now - 3 * hour;
            QVERIFY(seed.send(cmd::ReportBreakdown{QStringLiteral("T-2"), QStringLiteral("Flat tyre")}, Department::Dispatch, m_breakdown));
        }
        m_client = new StoreClient(this);
        m_session = new Session(m_client, this);
        m_session->setActor(Actor{QStringLiteral("fiona"), Department::Finance});
        QSignalSpy opened(m_client, &StoreClient::opened);
        m_client->open(path);
        QVERIFY(opened.wait(10000) || opened.count() > 0);
    }

    void agingReportWithDrillDown()
    {
        ReceivablesPanel panel(m_session);
        new QAbstractItemModelTester(panel.agingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &panel);
        new QAbstractItemModelTester(panel.invoicesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &panel);
        panel.resize(1200, 500);
        panel.show();
        QSignalSpy shown(&panel, &ReceivablesPanel::agingShown);
        panel.refresh();
        QVERIFY(shown.wait(10000));
        // Only A-1 owes; the $100 cheque paid the older S-1 first ($280 - $100 = $180, 49 days late).
        QCOMPARE(panel.agingModel()->rowCount(), 1);
        const AgingRow &row = panel.agingModel()->rowAt(0);
        QCOMPARE(row.accountId, QStringLiteral("A-1"));
        QCOMPARE(row.cents, (receivables::AgingCents{28000, 0, 18000, 0, 0}));
        QCOMPARE(row.openCents, 46000);
        QCOMPARE(panel.chartBars()->count(), 5);
        QCOMPARE(panel.chartBars()->at(2), 180.0);

        // Drill down: the account's invoices behind the row.
        QSignalSpy invoices(&panel, &ReceivablesPanel::invoicesShown);
        panel.agingView()->setCurrentIndex(panel.agingView()->model()->index(0, 0));
        QVERIFY(invoices.count() > 0 || invoices.wait(10000));
        QTRY_COMPARE(panel.invoicesModel()->rowCount(), 2);
        QCOMPARE(panel.invoicesModel()->rowAt(0).shipmentId, QStringLiteral("S-1"));
        QCOMPARE(panel.invoicesModel()->rowAt(0).paidCents, 10000);
        QCOMPARE(panel.invoicesModel()->index(0, InvoicesModel::DaysPastDue).data().toString(), QStringLiteral("49"));

        // Another date: 30 days from now S-2 is late too, and S-1 is over 60 days.
        shown.clear();
        panel.dateEdit()->setDate(QDate::currentDate().addDays(-20));
        QVERIFY(shown.wait(10000));
        // Twenty days ago S-2 was not delivered and the cheque not yet posted.
        QCOMPARE(panel.agingModel()->rowAt(0).cents, (receivables::AgingCents{0, 28000, 0, 0, 0}));

        shown.clear();
        panel.dateEdit()->setDate(QDate::currentDate());
        QVERIFY(shown.wait(10000));
        const QString csv = m_dir.filePath(QStringLiteral("aging.csv"));
        QString error;
        QVERIFY2(panel.exportCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines[0], QByteArray("account,name,current,days_1_30,days_31_60,days_61_90,over_90,open,as_of"));
        QVERIFY2(lines[1].startsWith("A-1,Prairie Grain,280.00,0.00,180.00,0.00,0.00,460.00,"), lines[1].constData());
        const QString pdf = m_dir.filePath(QStringLiteral("aging.pdf"));
        QVERIFY2(panel.exportPdf(pdf, &error), qPrintable(error));
        QVERIFY(QFile(pdf).size() > 1000);
    }

    void atRiskListFollowsTheClock()
    {
        AtRiskList list(m_session);
        new QAbstractItemModelTester(list.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &list);
        qint64 clock = m_now;
        list.setClock([&clock] { return clock; });
        QVERIFY(list.clockTimer()->isActive());
        QCOMPARE(list.clockTimer()->interval(), 60 * 1000);
        QSignalSpy evaluated(&list, &AtRiskList::evaluated);
        list.reevaluate();
        QVERIFY(evaluated.wait(10000));
        QCOMPARE(list.model()->rowCount(), 1);
        const tracking::AtRisk &r = list.model()->rowAt(0).risk;
        QCOMPARE(r.shipmentId, QStringLiteral("S-3"));
        QCOMPARE(r.reason, tracking::RiskReason::TruckOutOfService);
        QCOMPARE(r.since, m_breakdown);
        QCOMPARE(list.model()->index(0, AtRiskModel::LateBy).data().toString(), QStringLiteral("3 h 0 min"));

        // Two days later, with no restart: the same flag, older.
        clock += 2 * day;
        evaluated.clear();
        list.reevaluate();
        QVERIFY(evaluated.wait(10000));
        QCOMPARE(list.model()->index(0, AtRiskModel::LateBy).data().toString(), QStringLiteral("2 d 3 h"));
        QCOMPARE(list.model()->index(0, AtRiskModel::Reason).data().toString(), QStringLiteral("Truck out of service"));
        QVERIFY(!list.view()->accessibleName().isEmpty());
    }

    // A shipment late for pickup and delivery is one line with both reasons, late since the
    // older promise, not two lines that look like the same shipment twice.
    void atRiskShowsEachShipmentOnce()
    {
        using tracking::RiskReason;
        const auto flag = [](const char *shipment, RiskReason reason, qint64 since) {
            tracking::AtRisk f;
            f.shipmentId = QString::fromLatin1(shipment);
            f.reason = reason;
            f.since = since;
            return f;
        };
        AtRiskModel model;
        model.setMoment(10 * 3600 * 1000);
        model.setRows(byShipment({flag("S-1", RiskReason::PickupLate, 5 * 3600 * 1000),
                                  flag("S-1", RiskReason::DeliveryLate, 3600 * 1000),
                                  flag("S-2", RiskReason::TruckOutOfService, 9 * 3600 * 1000)}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AtRiskModel::Shipment).data().toString(), QStringLiteral("S-1"));
        QCOMPARE(model.index(0, AtRiskModel::Reason).data().toString(), QStringLiteral("Pickup late, Delivery late"));
        QCOMPARE(model.index(0, AtRiskModel::LateBy).data().toString(), QStringLiteral("9 h 0 min"));
        QCOMPARE(model.index(1, AtRiskModel::Reason).data().toString(), QStringLiteral("Truck out of service"));
    }

    void intakeWarnsBeforeGoingOverTheCreditLimit()
    {
        // The intake form is Customer Service's: for other departments it is read-only.
        const Actor before = m_session->actor();
        m_session->setActor(Actor{QStringLiteral("carla"), Department::CustomerService});
        const auto restore = qScopeGuard([&] { m_session->setActor(before); });
        IntakeForm form(m_session);
        form.setLive(true);
        // B-7 as the accounts view reports it: a $200 limit, S-3's $140 already booked.
        AccountView b7;
        b7.accountId = QStringLiteral("B-7");
        b7.name = QStringLiteral("Bison Feed Co");
        b7.creditLimitCents = 20000;
        b7.activeShipmentCents = 14000;
        AccountView a1;
        a1.accountId = QStringLiteral("A-1");
        a1.name = QStringLiteral("Prairie Grain");
        a1.onHold = true;
        form.setAccounts({a1, b7});
        const auto edit = [&](const char *name) { return form.findChild<QLineEdit *>(QLatin1String(name)); };
        QTest::keyClicks(edit("intake_accountEdit"), QStringLiteral("B-7"));
        QCOMPARE(form.creditText(), QStringLiteral("Credit limit $200.00 · exposure $140.00 · available $60.00"));
        QVERIFY(!form.creditWarning());
        QTest::keyClicks(edit("intake_weight"), QStringLiteral("200")); // $56.00 at 28¢: fits
        QVERIFY(!form.creditWarning());
        QTest::keyClicks(edit("intake_weight"), QStringLiteral("0")); // 2000 lb, $560.00: $500.00 over
        QVERIFY(form.creditWarning());
        QVERIFY2(form.creditText().contains(QStringLiteral("over its credit limit by $500.00")), qPrintable(form.creditText()));

        // Fill in the rest; the first press only warns, and nothing is sent.
        for (const QString p : {QStringLiteral("pickup"), QStringLiteral("destination")}) {
            QTest::keyClicks(edit(qPrintable(QStringLiteral("intake_%1_name").arg(p))), QStringLiteral("Dock 4"));
            QTest::keyClicks(edit(qPrintable(QStringLiteral("intake_%1_line1").arg(p))), QStringLiteral("12 Elm St"));
            QTest::keyClicks(edit(qPrintable(QStringLiteral("intake_%1_city").arg(p))), QStringLiteral("Omaha"));
            QTest::keyClicks(edit(qPrintable(QStringLiteral("intake_%1_state").arg(p))), QStringLiteral("NE"));
            QTest::keyClicks(edit(qPrintable(QStringLiteral("intake_%1_zip").arg(p))), QStringLiteral("68102"));
        }
        QTest::keyClicks(edit("intake_shipmentId"), QStringLiteral("S-90"));
        QSignalSpy sent(m_client, &StoreClient::commandSubmitted);
        form.submit();
        QCOMPARE(sent.count(), 0);
        QVERIFY2(form.resultText().contains(QStringLiteral("Press Submit again")), qPrintable(form.resultText()));
        // Changing the weight asks again; the same shipment pressed twice is sent.
        QTest::keyClick(edit("intake_weight"), Qt::Key_Backspace);
        QTest::keyClicks(edit("intake_weight"), QStringLiteral("1"));
        form.submit();
        QCOMPARE(sent.count(), 0);
        form.submit();
        QCOMPARE(sent.count(), 1);

        // An account on hold warns whatever the weight.
        form.clear();
        QTest::keyClicks(edit("intake_accountEdit"), QStringLiteral("A-1"));
        QVERIFY2(form.creditText().contains(QStringLiteral("on credit hold")), qPrintable(form.creditText()));
    }

    void documentsAreSavedAsPdfFromTheDashboard()
    {
        DocumentButton button(m_session, {DocumentButton::Kind::BillOfLading, DocumentButton::Kind::Invoice});
        QVERIFY(!button.isEnabled());
        button.setSubject(QStringLiteral("S-1"));
        QVERIFY(button.isEnabled());
        QCOMPARE(button.menu()->actions().size(), 4); // print and save, for each kind
        QSignalSpy saved(&button, &DocumentButton::saved);
        QSignalSpy failed(&button, &DocumentButton::failed);
        const QString pdf = m_dir.filePath(QStringLiteral("invoice-S-1.pdf"));
        button.savePdf(DocumentButton::Kind::Invoice, pdf);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved[0][0].toString(), pdf);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
        QVERIFY2(words.contains(QStringLiteral("Invoice S-1")) && words.contains(QStringLiteral("Prairie Grain")), qPrintable(words));
        // S-3 is on the road: no invoice yet, and the button says so instead of writing a file.
        button.setSubject(QStringLiteral("S-3"));
        button.savePdf(DocumentButton::Kind::Invoice, m_dir.filePath(QStringLiteral("invoice-S-3.pdf")));
        QVERIFY(failed.wait(10000));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("invoice-S-3.pdf"))));
    }

    void companyProfileRoundTrips()
    {
        CompanyProfile p;
        p.name = QStringLiteral("Sandhills Freight Lines");
        p.address = {QStringLiteral("4 Depot St"), QStringLiteral("Broken Bow, NE 68822")};
        CompanyProfileDialog dialog(p);
        QCOMPARE(dialog.nameEdit()->text(), p.name);
        dialog.addressEdit()->setPlainText(QStringLiteral("4 Depot St\n\n  Broken Bow, NE 68822  \n"));
        dialog.logoEdit()->setText(QStringLiteral("/srv/logo.png"));
        const CompanyProfile edited = dialog.profile();
        QCOMPARE(edited.address, p.address); // blank lines and padding dropped
        QSettings settings(m_dir.filePath(QStringLiteral("profile.ini")), QSettings::IniFormat);
        edited.save(settings);
        const CompanyProfile loaded = CompanyProfile::load(settings);
        QCOMPARE(loaded.name, p.name);
        QCOMPARE(loaded.address, p.address);
        QCOMPARE(loaded.logoPath, QStringLiteral("/srv/logo.png"));
    }

    void checkCallDialogNeedsALocation()
    {
        CheckCallDialog d(QStringLiteral("S-3"), QStringLiteral("T-2"), m_now);
        QPushButton *ok = d.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(d.locationEdit(), QStringLiteral("I-80 mile 312"));
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(d.noteEdit(), QStringLiteral("Waiting on a tyre"));
        QCOMPARE(d.location(), QStringLiteral("I-80 mile 312"));
        QCOMPARE(d.note(), QStringLiteral("Waiting on a tyre"));
        QVERIFY(!d.eta());
        QVERIFY(!d.etaEdit()->isEnabled());
        d.etaKnown()->setChecked(true);
        QVERIFY(d.etaEdit()->isEnabled());
        const QDateTime eta = QDateTime::fromMSecsSinceEpoch(m_now).addSecs(6 * 3600);
        d.etaEdit()->setDateTime(eta);
        QCOMPARE(*d.eta() / 60000, eta.toMSecsSinceEpoch() / 60000);
        QTest::keyClick(d.locationEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(d.locationEdit(), Qt::Key_Delete);
        QVERIFY(!ok->isEnabled());
    }
    void openAccountDialogTakesCreditTerms()
    {
        OpenAccountDialog d;
        QVERIFY2(unnamedControls(d).isEmpty(), qPrintable(unnamedControls(d).join(u", ")));
        d.findChild<QLineEdit *>(QStringLiteral("accountIdEdit"))->setText(QStringLiteral("A-20"));
        d.findChild<QLineEdit *>(QStringLiteral("accountNameEdit"))->setText(QStringLiteral("Loup Valley Co-op"));
        // Unless Finance says otherwise: no limit, 30 days.
        QCOMPARE(d.command().creditLimitCents, std::nullopt);
        QCOMPARE(d.command().termsDays, 30);
        d.limitEdit()->noLimit()->setChecked(false);
        d.limitEdit()->amount()->setCents(250050);
        d.termsEdit()->setValue(45);
        const cmd::OpenAccount c = d.command();
        QCOMPARE(c.accountId, QStringLiteral("A-20"));
        QCOMPARE(c.creditLimitCents, std::optional<qint64>(250050));
        QCOMPARE(c.termsDays, 45);
        QCOMPARE(d.termsEdit()->maximum(), 120);
    }

    void creditLimitDialogSaysWhatIsLeft()
    {
        CreditLimitDialog d(QStringLiteral("B-7"), QStringLiteral("Bison Feed Co"), receivables::Credit{20000, false, 9000, 5000});
        QVERIFY2(unnamedControls(d).isEmpty(), qPrintable(unnamedControls(d).join(u", ")));
        QCOMPARE(d.summary(), QStringLiteral("Exposure $140.00; $60.00 left for new shipments."));
        d.limitEdit()->amount()->setCents(10000);
        QCOMPARE(d.summary(), QStringLiteral("Exposure $140.00 is already $40.00 over this limit: new shipments are refused until it comes down."));
        QCOMPARE(d.command().creditLimitCents, std::optional<qint64>(10000));
        d.limitEdit()->noLimit()->setChecked(true);
        QVERIFY(!d.limitEdit()->amount()->isEnabled());
        QCOMPARE(d.command().creditLimitCents, std::nullopt);
        QCOMPARE(d.command().accountId, QStringLiteral("B-7"));
    }

    void creditActionsAskTheDeciderAndPlaceAHold()
    {
        CreditActions actions(m_session);
        QVERIFY2(unnamedControls(actions).isEmpty(), qPrintable(unnamedControls(actions).join(u", ")));
        QVERIFY(!actions.limitButton()->isEnabled());
        QCOMPARE(actions.limitButton()->toolTip(), QStringLiteral("Select an account first."));
        AccountView a1;
        a1.accountId = QStringLiteral("A-1");
        a1.name = QStringLiteral("Prairie Grain");
        actions.setAccount(a1);
        QTRY_VERIFY(actions.limitButton()->isEnabled());
        QTRY_VERIFY(actions.holdButton()->isEnabled());
        QVERIFY(!actions.writeOffButton()->isEnabled());
        QVERIFY(actions.writeOffButton()->toolTip().contains(QStringLiteral("Select an open invoice")));
        // S-1's invoice still has $180.00 open; S-3 was never invoiced to A-1.
        actions.setInvoice(QStringLiteral("S-3"), 0);
        QTRY_COMPARE(actions.writeOffButton()->toolTip(), QStringLiteral("Shipment S-3 was not invoiced to account A-1."));
        actions.setInvoice(QStringLiteral("S-1"), 18000);
        QTRY_VERIFY(actions.writeOffButton()->isEnabled());
        // Dispatch may not touch credit: the decider says so.
        m_session->setActor(Actor{QStringLiteral("dan"), Department::Dispatch});
        QTRY_VERIFY(!actions.holdButton()->isEnabled());
        QVERIFY(actions.holdButton()->toolTip().contains(QStringLiteral("finance")));
        m_session->setActor(Actor{QStringLiteral("fiona"), Department::Finance});
        QTRY_VERIFY(actions.holdButton()->isEnabled());

        // Placing the hold asks for the reason and sends the command.
        AccountView b7;
        b7.accountId = QStringLiteral("B-7");
        b7.name = QStringLiteral("Bison Feed Co");
        actions.setAccount(b7);
        QCOMPARE(actions.holdButton()->text(), QStringLiteral("Place Credit &Hold…"));
        QTRY_VERIFY(actions.holdButton()->isEnabled());
        bool asked = false;
        whenDialogOpens(this, [&](QWidget *dialog) {
            auto *d = qobject_cast<RequiredTextDialog *>(dialog);
            asked = d;
            if (!d) {
                dialog->close();
                return;
            }
            QVERIFY(!d->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::keyClicks(d->edit(), QStringLiteral("Cheque bounced"));
            QTest::mouseClick(d->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QSignalSpy finished(m_client, &StoreClient::commandFinished);
        QTest::mouseClick(actions.holdButton(), Qt::LeftButton);
        QVERIFY(asked);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        const auto c = finished.first().at(0).value<CommandEnvelope>();
        const auto r = finished.first().at(1).value<CommandResult>();
        QCOMPARE(std::get<cmd::PlaceCreditHold>(c.command).reason, QStringLiteral("Cheque bounced"));
        QVERIFY(r.accepted);
        // Held now: the same button releases it.
        b7.onHold = true;
        actions.setAccount(b7);
        QCOMPARE(actions.holdButton()->text(), QStringLiteral("Release Credit &Hold…"));
        QTRY_VERIFY(actions.holdButton()->isEnabled());
    }

    void intakeTakesTheReferenceAndPromises()
    {
        const Actor before = m_session->actor();
        m_session->setActor(Actor{QStringLiteral("carla"), Department::CustomerService});
        const auto restore = qScopeGuard([&] { m_session->setActor(before); });
        IntakeForm form(m_session);
        form.setLive(true);
        QVERIFY2(unnamedControls(form).isEmpty(), qPrintable(unnamedControls(form).join(u", ")));
        QVERIFY(!form.draft().customerReference);
        QVERIFY(!form.draft().pickupBy && !form.draft().deliverBy);
        QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("intake_customerReference")), QStringLiteral("PO 4471/b"));
        auto *pickupGiven = form.findChild<QCheckBox *>(QStringLiteral("intake_pickupByGiven"));
        auto *pickupAt = form.findChild<QDateTimeEdit *>(QStringLiteral("intake_pickupBy"));
        QVERIFY(!pickupAt->isEnabled());
        pickupGiven->setChecked(true);
        QVERIFY(pickupAt->isEnabled());
        const QDateTime promised = QDateTime::fromMSecsSinceEpoch(m_now).addSecs(4 * 3600);
        pickupAt->setDateTime(promised);
        const cmd::SubmitShipment d = form.draft();
        QCOMPARE(d.customerReference, std::optional<QString>(QStringLiteral("PO 4471/b")));
        QCOMPARE(*d.pickupBy / 60000, promised.toMSecsSinceEpoch() / 60000);
        QVERIFY(!d.deliverBy);
        form.clear();
        QVERIFY(!form.draft().customerReference && !form.draft().pickupBy);
    }

    void shipmentDetailRecordsACheckCall()
    {
        const Actor before = m_session->actor();
        const auto restore = qScopeGuard([&] { m_session->setActor(before); });
        m_session->setActor(Actor{QStringLiteral("carla"), Department::CustomerService});
        ShipmentDetail detail(m_session);
        QSignalSpy loaded(&detail, &ShipmentDetail::loaded);
        detail.showShipment(QStringLiteral("S-3"));
        QTRY_VERIFY(loaded.count() > 0);
        QCOMPARE(detail.findChild<QLabel *>(QStringLiteral("detailLastCall"))->text(), QStringLiteral("no check call yet"));
        // Customer Service reads check calls; Dispatch records them.
        QTRY_VERIFY(!detail.checkCallButton()->toolTip().isEmpty());
        QVERIFY(!detail.checkCallButton()->isEnabled());
        m_session->setActor(Actor{QStringLiteral("dan"), Department::Dispatch});
        QTRY_VERIFY(detail.checkCallButton()->isEnabled());
        whenDialogOpens(this, [](QWidget *dialog) {
            auto *d = qobject_cast<CheckCallDialog *>(dialog);
            if (!d) {
                dialog->close();
                return;
            }
            QTest::keyClicks(d->locationEdit(), QStringLiteral("Shoulder of US-30, Gothenburg"));
            QTest::mouseClick(d->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QSignalSpy finished(m_client, &StoreClient::commandFinished);
        QTest::mouseClick(detail.checkCallButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY(finished.first().at(1).value<CommandResult>().accepted);
        loaded.clear();
        detail.reload();
        QTRY_VERIFY(loaded.count() > 0);
        QVERIFY2(detail.findChild<QLabel *>(QStringLiteral("detailLastCall"))->text().startsWith(QStringLiteral("Shoulder of US-30, Gothenburg")),
                 qPrintable(detail.findChild<QLabel *>(QStringLiteral("detailLastCall"))->text()));
        QVERIFY(detail.timeline().last().startsWith(QStringLiteral("check call by dan")));
    }
};

QTEST_MAIN(TestOperations)
#include "tst_operations.moc"
