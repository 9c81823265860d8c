// The Customer Service pane as a clerk uses it: typing into the intake form, reading a
// shipment's timeline, cancelling, and seeing another process's writes arrive.
#include "teststore.h"
#include "panes/customerservice/customerservicepane.h"
#include "panes/customerservice/intakeform.h"
#include "panes/customerservice/shipmentdetail.h"
#include "panes/customerservice/shipmenttablemodel.h"
#include "reducer/reducer.h"
#include "shell/focusring.h"
#include "shell/mainwindow.h"
#include "util/isotime.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace hs;

namespace {

CommandEnvelope envelope(Command c, const QString &user, Department d, qint64 at)
{
    static int n = 0;
    return CommandEnvelope{QStringLiteral("t-%1").arg(++n), at, Actor{user, d}, std::move(c), {}, {}};
}

Address address(const QString &city)
{
    return Address{QStringLiteral("Dock"), QStringLiteral("1 Main St"), std::nullopt, city, QStringLiteral("NE"), QStringLiteral("68102")};
}

// A small store: one account, one truck, a pricing rule, S-1 out for delivery, S-2 and S-3 waiting.
void seed(const QString &path)
{
    StoreError error;
    auto r = Reducer::open(path, &error);
    QVERIFY2(r && r->ensureStore(&error), qPrintable(error.message));
    const qint64 t = isotime::nowMs() - 3600 * 1000;
    const auto cs = Department::CustomerService;
    const std::vector<CommandEnvelope> commands = {
        envelope(cmd::OpenAccount{QStringLiteral("A-100"), QStringLiteral("Prairie Feed Co")}, QStringLiteral("fran"), Department::Finance, t),
        envelope(cmd::RegisterTruck{QStringLiteral("T-7"), 40000}, QStringLiteral("dan"), Department::Dispatch, t),
        envelope(cmd::SchedulePricingRule{QStringLiteral("R-1"), t - 1000, 31, 5000}, QStringLiteral("fran"), Department::Finance, t),
        envelope(cmd::SubmitShipment{QStringLiteral("S-1"), QStringLiteral("A-100"), address(QStringLiteral("Omaha")), address(QStringLiteral("Lincoln")), 1200}, QStringLiteral("carla"), cs, t + 1000),
        envelope(cmd::AssignTruck{QStringLiteral("S-1"), QStringLiteral("T-7")}, QStringLiteral("dan"), Department::Dispatch, t + 2000),
        envelope(cmd::ShipShipment{QStringLiteral("S-1")}, QStringLiteral("dan"), Department::Dispatch, t + 3000),
        envelope(cmd::SubmitShipment{QStringLiteral("S-2"), QStringLiteral("A-100"), address(QStringLiteral("Omaha")), address(QStringLiteral("Kearney")), 300}, QStringLiteral("carla"), cs, t + 4000),
        envelope(cmd::SubmitShipment{QStringLiteral("S-3"), QStringLiteral("A-100"), address(QStringLiteral("Omaha")), address(QStringLiteral("Grand Island")), 500}, QStringLiteral("carla"), cs, t + 5000),
    };
    for (const auto &c : commands) {
        auto outcome = r->submit(c);
        QVERIFY(!outcome.failure);
        const auto &result = outcome.results.front();
        QVERIFY2(result.accepted, qPrintable(result.rejection ? result.rejection->message : QString()));
    }
}

// Translates everything to "X-" + source: enough to see which strings follow a language change.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("X-") + QString::fromUtf8(source);
    }
};

} // namespace

class TestCustomerService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        QStandardPaths::setTestModeEnabled(true);
    }
    void init();
    void cleanup();
    void fieldErrorsAppearAsTyped();
    void quoteFollowsThePricingRule();
    void accountSearchByNumberOrName();
    void acceptedShipmentIsSelected();
    void rejectionShowsInTheForm();
    void timelineInWords();
    void cancelDisabledWithDecidersReason();
    void cancelAsksForReason();
    void secondWriterAppearsWithinASecond();
    void languageChangeRetranslates();
    void shipmentModelPassesTester();
    void stateIsAPostalCodeOrItsName();
    void enterOnASuggestionTakesItWithoutSubmitting();
    void correctionRequestGoesOnceFieldsAreRight();
    void timeMachineListShowsTheShownMoment();
    void intakeReadOnlyForOtherDepartments();
    void screenReadersHearTheQuoteAndTheResult();
    void tabLeavesTheLookupInOneStep();

private:
    QLineEdit *edit(const char *name) { return m_pane->findChild<QLineEdit *>(QLatin1String(name)); }
    QLabel *errorBeside(QLineEdit *e);
    void fillValidForm(const QString &id);
    void select(const QString &id);
    // For a human look: HS_TEST_SHOTS=DIR saves the window as the test sees it.
    void shot(const QString &name)
    {
        if (qEnvironmentVariableIsSet("HS_TEST_SHOTS"))
            m_window->grab().save(qEnvironmentVariable("HS_TEST_SHOTS") + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<StoreClient> m_client;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    CustomerServicePane *m_pane = nullptr;
};

void TestCustomerService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = hs::test::storeLocation(*m_dir, QStringLiteral("store.db"));
    seed(m_path);
    m_client = std::make_unique<StoreClient>();
    m_session = std::make_unique<Session>(m_client.get());
    m_session->setActor(Actor{QStringLiteral("carla"), Department::CustomerService});
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_pane = new CustomerServicePane(m_session.get());
    m_window->addPane(m_pane);
    m_window->show();
    QSignalSpy opened(m_client.get(), &StoreClient::opened);
    m_client->open(m_path);
    QVERIFY(opened.wait(5000));
    QTRY_COMPARE(m_pane->shipmentModel()->rowCount(), 3);
    QTRY_COMPARE(edit("intake_shipmentId")->text(), QStringLiteral("S-4"));
}

void TestCustomerService::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_client.reset();
    m_dir.reset();
}

QLabel *TestCustomerService::errorBeside(QLineEdit *e)
{
    // The error label sits in the same grid row, right of the field.
    auto *grid = qobject_cast<QGridLayout *>(e->parentWidget()->layout());
    for (QWidget *w = e; w && !grid; w = w->parentWidget())
        grid = qobject_cast<QGridLayout *>(w->parentWidget() ? w->parentWidget()->layout() : nullptr);
    if (!grid)
        return nullptr;
    int row = -1, column = -1, rs = 0, cs = 0;
    for (int i = 0; i < grid->count(); ++i) {
        QWidget *w = grid->itemAt(i)->widget();
        if (w == e || (w && w->isAncestorOf(e))) {
            grid->getItemPosition(i, &row, &column, &rs, &cs);
            break;
        }
    }
    QLayoutItem *item = grid->itemAtPosition(row, column + 1);
    return item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
}

void TestCustomerService::fillValidForm(const QString &id)
{
    QLineEdit *idEdit = edit("intake_shipmentId");
    idEdit->selectAll();
    QTest::keyClicks(idEdit, id);
    QTest::keyClicks(edit("intake_accountEdit"), QStringLiteral("A-100"));
    QTest::keyClicks(edit("intake_weight"), QStringLiteral("100"));
    for (const char *side : {"pickup", "destination"}) {
        const QString p = QLatin1String(side);
        QTest::keyClicks(edit(qPrintable(QStringLiteral("intake_%1_name").arg(p))), QStringLiteral("Dock 4"));
        QTest::keyClicks(edit(qPrintable(QStringLiteral("intake_%1_line1").arg(p))), QStringLiteral("12 Elm St"));
        QTest::keyClicks(edit(qPrintable(QStringLiteral("intake_%1_city").arg(p))), QStringLiteral("Omaha"));
        QTest::keyClicks(edit(qPrintable(QStringLiteral("intake_%1_state").arg(p))), QStringLiteral("ne"));
        QTest::keyClicks(edit(qPrintable(QStringLiteral("intake_%1_zip").arg(p))), QStringLiteral("68102"));
    }
}

void TestCustomerService::select(const QString &id)
{
    QTRY_VERIFY(m_pane->shipmentModel()->rowOf(id) >= 0);
    m_pane->selectShipment(id);
    QTRY_COMPARE(m_pane->selectedShipmentId(), id);
    QTRY_COMPARE(m_pane->detail()->shipmentId(), id);
    QTRY_VERIFY(!m_pane->detail()->timeline().isEmpty());
}

void TestCustomerService::fieldErrorsAppearAsTyped()
{
    QLineEdit *state = edit("intake_pickup_state");
    QLineEdit *zip = edit("intake_pickup_zip");
    QLineEdit *weight = edit("intake_weight");
    QVERIFY(state && zip && weight);
    QVERIFY(errorBeside(state));
    QCOMPARE(errorBeside(state)->text(), QString()); // nothing typed, nothing said

    QTest::keyClicks(state, QStringLiteral("n"));
    QCOMPARE(errorBeside(state)->text(), QStringLiteral("A US state or territory, e.g. NE or Nebraska"));
    QTest::keyClicks(state, QStringLiteral("e"));
    QCOMPARE(errorBeside(state)->text(), QString());
    Q_EMIT state->editingFinished();
    QCOMPARE(state->text(), QStringLiteral("NE")); // the code, in capitals, once the clerk moves on

    QTest::keyClicks(zip, QStringLiteral("681a"));
    QCOMPARE(errorBeside(zip)->text(), QStringLiteral("Five digits"));
    QTest::keyClick(zip, Qt::Key_Backspace);
    QTest::keyClicks(zip, QStringLiteral("02"));
    QCOMPARE(errorBeside(zip)->text(), QString());

    QTest::keyClicks(weight, QStringLiteral("90000"));
    QVERIFY(errorBeside(weight)->text().contains(QStringLiteral("80,000")));

    QLineEdit *idEdit = edit("intake_shipmentId");
    idEdit->selectAll();
    QTest::keyClicks(idEdit, QStringLiteral("S 9"));
    QVERIFY(!errorBeside(idEdit)->text().isEmpty());

    // Enter with problems left: nothing is sent, and every empty required field says so.
    QSignalSpy submitted(m_client.get(), &StoreClient::commandSubmitted);
    QTest::keyClick(weight, Qt::Key_Return);
    QCOMPARE(submitted.count(), 0);
    QCOMPARE(errorBeside(edit("intake_destination_city"))->text(), QStringLiteral("Required"));
    QCOMPARE(errorBeside(edit("intake_pickup_line2"))->text(), QString()); // optional
    shot(QStringLiteral("field-errors"));
}

void TestCustomerService::quoteFollowsThePricingRule()
{
    IntakeForm *form = m_pane->intakeForm();
    QTRY_VERIFY(form->quoteText().contains(QStringLiteral("enter a weight")));
    // 31 cents per pound, at least $50.00.
    QTest::keyClicks(edit("intake_weight"), QStringLiteral("100"));
    QTRY_VERIFY2(form->quoteText().contains(QStringLiteral("$50.00")), qPrintable(form->quoteText()));
    QVERIFY(form->quoteText().contains(QStringLiteral("R-1")));
    QTest::keyClicks(edit("intake_weight"), QStringLiteral("0")); // 1000 lb
    QVERIFY2(form->quoteText().contains(QStringLiteral("$310.00")), qPrintable(form->quoteText()));
}

void TestCustomerService::accountSearchByNumberOrName()
{
    auto *combo = m_pane->findChild<QComboBox *>(QStringLiteral("intake_account"));
    QTRY_COMPARE(combo->count(), 1);
    QCOMPARE(combo->currentText(), QString()); // nobody is picked for the clerk
    QCompleter *completer = combo->completer();
    for (const QString &typed : {QStringLiteral("prairie"), QStringLiteral("a-10"), QStringLiteral("Feed")}) {
        completer->setCompletionPrefix(typed);
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("A-100 — Prairie Feed Co"));
    }
    completer->setCompletionPrefix(QStringLiteral("zebra"));
    QCOMPARE(completer->completionCount(), 0);
}

void TestCustomerService::acceptedShipmentIsSelected()
{
    fillValidForm(QStringLiteral("S-4"));
    QSignalSpy finished(m_client.get(), &StoreClient::commandFinished);
    QTest::keyClick(edit("intake_destination_zip"), Qt::Key_Return);
    QVERIFY(finished.wait(5000));
    const auto result = finished.first().at(1).value<CommandResult>();
    QVERIFY(result.accepted);
    QVERIFY(m_pane->intakeForm()->resultText().contains(QStringLiteral("S-4 accepted for $50.00")));
    // The form is ready for the next shipment, which gets the next number.
    QCOMPARE(edit("intake_pickup_city")->text(), QString());
    QTRY_COMPARE(edit("intake_shipmentId")->text(), QStringLiteral("S-5"));
    // Read your writes: the new shipment is selected in the lookup, with its timeline.
    QTRY_COMPARE(m_pane->selectedShipmentId(), QStringLiteral("S-4"));
    QTRY_VERIFY(!m_pane->detail()->timeline().isEmpty());
    QVERIFY(m_pane->detail()->timeline().first().startsWith(QStringLiteral("submitted by carla at")));
}

void TestCustomerService::rejectionShowsInTheForm()
{
    fillValidForm(QStringLiteral("S-2"));
    // The decider is asked before sending: the id beside the field is already taken.
    QTRY_VERIFY(errorBeside(edit("intake_shipmentId"))->text().contains(QStringLiteral("already")));
    QSignalSpy finished(m_client.get(), &StoreClient::commandFinished);
    QTest::keyClick(edit("intake_weight"), Qt::Key_Return);
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.first().at(1).value<CommandResult>().accepted);
    QVERIFY2(m_pane->intakeForm()->resultText().startsWith(QStringLiteral("Rejected: ")), qPrintable(m_pane->intakeForm()->resultText()));
    QCOMPARE(edit("intake_pickup_city")->text(), QStringLiteral("Omaha")); // kept for correcting
}

void TestCustomerService::timelineInWords()
{
    select(QStringLiteral("S-1"));
    const QStringList lines = m_pane->detail()->timeline();
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[1].startsWith(QStringLiteral("assigned to T-7 by dan at ")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("out for delivery on T-7")), qPrintable(lines[2]));
}

void TestCustomerService::cancelDisabledWithDecidersReason()
{
    select(QStringLiteral("S-1"));
    QPushButton *cancel = m_pane->detail()->cancelButton();
    QTRY_COMPARE(cancel->toolTip(), QStringLiteral("Shipment S-1 is out for delivery; only a submitted or assigned shipment can be cancelled."));
    QVERIFY(!cancel->isEnabled());
    shot(QStringLiteral("cancel-disabled"));
    select(QStringLiteral("S-2"));
    QTRY_VERIFY(cancel->isEnabled());
}

void TestCustomerService::cancelAsksForReason()
{
    select(QStringLiteral("S-2"));
    QPushButton *cancel = m_pane->detail()->cancelButton();
    QTRY_VERIFY(cancel->isEnabled());
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("cancelReasonEdit"));
        QTest::keyClicks(reason, QStringLiteral("customer changed plans"));
        QTest::keyClick(reason, Qt::Key_Return);
    });
    QSignalSpy finished(m_client.get(), &StoreClient::commandFinished);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().at(1).value<CommandResult>().accepted);
    QTRY_VERIFY(m_pane->detail()->timeline().size() == 2);
    QVERIFY(m_pane->detail()->timeline().last().startsWith(QStringLiteral("cancelled by carla at")));
    QVERIFY(m_pane->detail()->timeline().last().endsWith(QStringLiteral(": customer changed plans")));
    QTRY_VERIFY(!cancel->isEnabled());
}

void TestCustomerService::secondWriterAppearsWithinASecond()
{
    select(QStringLiteral("S-2"));
    QSignalSpy resets(m_pane->shipmentModel(), &QAbstractItemModel::modelReset);
    StoreError error;
    auto other = Reducer::open(m_path, &error);
    QVERIFY2(other, qPrintable(error.message));
    QElapsedTimer clock;
    clock.start();
    auto outcome = other->submit(envelope(cmd::SubmitShipment{QStringLiteral("S-50"), QStringLiteral("A-100"), address(QStringLiteral("Omaha")),
                                                              address(QStringLiteral("Hastings")), 700},
                                          QStringLiteral("erin"), Department::CustomerService, isotime::nowMs()));
    QVERIFY(outcome.results.front().accepted);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->shipmentModel()->rowOf(QStringLiteral("S-50")) >= 0, 1000);
    QVERIFY(clock.elapsed() < 1000);
    // Inserted as a row, not by resetting: the clerk's selection stays where it was.
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_pane->selectedShipmentId(), QStringLiteral("S-2"));
    // A change to the shown shipment reaches its detail and its row too.
    other->submit(envelope(cmd::RegisterTruck{QStringLiteral("T-8"), 40000}, QStringLiteral("dan"), Department::Dispatch, isotime::nowMs()));
    outcome = other->submit(envelope(cmd::AssignTruck{QStringLiteral("S-2"), QStringLiteral("T-8")}, QStringLiteral("dan"),
                                     Department::Dispatch, isotime::nowMs()));
    QVERIFY(outcome.results.front().accepted);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->detail()->timeline().size() == 2, 1000);
    QVERIFY(m_pane->detail()->timeline().last().startsWith(QStringLiteral("assigned to T-8 by dan")));
    const int row = m_pane->shipmentModel()->rowOf(QStringLiteral("S-2"));
    QCOMPARE(m_pane->shipmentModel()->index(row, ShipmentTableModel::Truck).data().toString(), QStringLiteral("T-8"));
}

void TestCustomerService::languageChangeRetranslates()
{
    auto *box = m_pane->findChild<QGroupBox *>(QStringLiteral("intakePickupBox"));
    QCOMPARE(box->title(), QStringLiteral("Pickup"));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(box->title(), QStringLiteral("X-Pickup"));
    QVERIFY(m_pane->title().startsWith(QStringLiteral("X-")));
    QCOMPARE(m_pane->shipmentModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("X-Shipment"));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(box->title(), QStringLiteral("Pickup"));
}

void TestCustomerService::shipmentModelPassesTester()
{
    ShipmentTableModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ShipmentTableModel::RawValueRole);
    proxy.sort(ShipmentTableModel::Weight);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(ShipmentQuery{std::nullopt, {}, {}, ShipmentQuery::Order::NewestFirst});
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ShipmentTableModel::Id).data().toString(), QStringLiteral("S-3")); // newest first
    QCOMPARE(proxy.index(0, ShipmentTableModel::Id).data().toString(), QStringLiteral("S-2")); // lightest
    // Changes arrive as inserts and updates under the tester's eye.
    StoreError error;
    auto other = Reducer::open(m_path, &error);
    QVERIFY(other);
    other->submit(envelope(cmd::SubmitShipment{QStringLiteral("S-9"), QStringLiteral("A-100"), address(QStringLiteral("Omaha")),
                                               address(QStringLiteral("York")), 50},
                           QStringLiteral("erin"), Department::CustomerService, isotime::nowMs()));
    other->submit(envelope(cmd::CancelShipment{QStringLiteral("S-3"), QStringLiteral("duplicate")}, QStringLiteral("erin"),
                           Department::CustomerService, isotime::nowMs()));
    QSignalSpy updated(&model, &ShipmentTableModel::updated);
    model.refresh();
    QVERIFY(updated.wait(5000));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, ShipmentTableModel::Id).data().toString(), QStringLiteral("S-9"));
    QCOMPARE(model.index(1, ShipmentTableModel::Status).data(ShipmentTableModel::RawValueRole).toInt(), int(ShipmentStatus::Cancelled));
    // A filter that no longer matches a row removes it.
    model.setQuery(ShipmentQuery{ShipmentStatus::Submitted, {}, {}, ShipmentQuery::Order::NewestFirst});
    QTRY_COMPARE(model.rowCount(), 2);
    other->submit(envelope(cmd::CancelShipment{QStringLiteral("S-9"), QStringLiteral("duplicate")}, QStringLiteral("erin"),
                           Department::CustomerService, isotime::nowMs()));
    model.refresh();
    QVERIFY(updated.wait(5000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ShipmentTableModel::Id).data().toString(), QStringLiteral("S-2"));
}

void TestCustomerService::stateIsAPostalCodeOrItsName()
{
    QLineEdit *state = edit("intake_destination_state");
    // Two capitals are not enough: "IO" (Iowa cut short) is no state.
    QTest::keyClicks(state, QStringLiteral("IO"));
    Q_EMIT state->editingFinished();
    QCOMPARE(errorBeside(state)->text(), QStringLiteral("A US state or territory, e.g. NE or Nebraska"));
    // The full name is taken and becomes its code; so is a territory's.
    state->clear();
    QTest::keyClicks(state, QStringLiteral("Iowa"));
    QCOMPARE(errorBeside(state)->text(), QString());
    Q_EMIT state->editingFinished();
    QCOMPARE(state->text(), QStringLiteral("IA"));
    shot(QStringLiteral("state-iowa"));
    state->setText(QStringLiteral("puerto rico"));
    Q_EMIT state->editingFinished();
    QCOMPARE(state->text(), QStringLiteral("PR"));
    // The completer offers the names.
    QCompleter *completer = state->completer();
    QVERIFY(completer);
    completer->setCompletionPrefix(QStringLiteral("neb"));
    QCOMPARE(completer->currentCompletion(), QStringLiteral("Nebraska"));

    // What is sent carries the code even when the clerk pressed Enter straight after the name.
    state->clear();
    fillValidForm(QStringLiteral("S-4"));
    QLineEdit *pickupState = edit("intake_pickup_state");
    pickupState->clear();
    QTest::keyClicks(pickupState, QStringLiteral("Kansas"));
    QSignalSpy finished(m_client.get(), &StoreClient::commandFinished);
    QTest::keyClick(edit("intake_destination_zip"), Qt::Key_Return);
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().at(1).value<CommandResult>().accepted);
    const CommandEnvelope sentEnvelope = finished.first().at(0).value<CommandEnvelope>();
    const auto *sent = std::get_if<cmd::SubmitShipment>(&sentEnvelope.command);
    QVERIFY(sent);
    QCOMPARE(sent->pickup.state, QStringLiteral("KS"));
}

void TestCustomerService::enterOnASuggestionTakesItWithoutSubmitting()
{
    auto *combo = m_pane->findChild<QComboBox *>(QStringLiteral("intake_account"));
    QTRY_COMPARE(combo->count(), 1);
    QLineEdit *account = edit("intake_accountEdit");
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    account->setFocus();
    QSignalSpy submitted(m_client.get(), &StoreClient::commandSubmitted);
    QTest::keyClicks(account, QStringLiteral("prairie"));
    QAbstractItemView *popup = combo->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(account->text(), QStringLiteral("A-100 — Prairie Feed Co"));
    // Not submitted: the other fields are not marked "Required", and nothing asks to correct them.
    QCOMPARE(errorBeside(edit("intake_destination_city"))->text(), QString());
    QCOMPARE(m_pane->intakeForm()->resultText(), QString());
    QCOMPARE(submitted.count(), 0);
}

void TestCustomerService::correctionRequestGoesOnceFieldsAreRight()
{
    fillValidForm(QStringLiteral("S-4"));
    QLineEdit *city = edit("intake_pickup_city");
    city->clear();
    QTest::keyClick(edit("intake_weight"), Qt::Key_Return);
    QCOMPARE(m_pane->intakeForm()->resultText(), QStringLiteral("Please correct the marked fields."));
    QTest::keyClicks(city, QStringLiteral("Omah"));
    QCOMPARE(m_pane->intakeForm()->resultText(), QString());
    QCOMPARE(errorBeside(city)->text(), QString());
}

void TestCustomerService::timeMachineListShowsTheShownMoment()
{
    // Just before S-3 was submitted: the list shows S-1 and S-2 at once, without any typing.
    const int row = m_pane->shipmentModel()->rowOf(QStringLiteral("S-3"));
    QVERIFY(row >= 0);
    const qint64 s3At = m_pane->shipmentModel()->shipmentAt(row)->submittedAt;
    m_session->setAsOfTime(s3At - 1);
    QTRY_COMPARE(m_pane->shipmentModel()->rowCount(), 2);
    QCOMPARE(m_pane->shipmentModel()->rowOf(QStringLiteral("S-3")), -1);
    QVERIFY(m_pane->shipmentModel()->rowOf(QStringLiteral("S-2")) >= 0);
    QTRY_VERIFY(!m_pane->selectedShipmentId().isEmpty());
    QVERIFY(m_pane->selectedShipmentId() != QStringLiteral("S-3"));
    m_session->setAsOfTime(std::nullopt);
    QTRY_COMPARE(m_pane->shipmentModel()->rowCount(), 3);
}

void TestCustomerService::intakeReadOnlyForOtherDepartments()
{
    auto *reason = m_pane->findChild<QLabel *>(QStringLiteral("intakeClosedReason"));
    QVERIFY(reason);
    QVERIFY(reason->isHidden());
    for (Department d : {Department::Finance, Department::Dispatch}) {
        m_session->setActor(Actor{QStringLiteral("fran"), d});
        QVERIFY(edit("intake_pickup_city")->isReadOnly());
        QVERIFY(!m_pane->findChild<QComboBox *>(QStringLiteral("intake_account"))->isEnabled());
        QVERIFY(!m_pane->findChild<QPushButton *>(QStringLiteral("intakeSubmit"))->isEnabled());
        QVERIFY(reason->isVisible());
        QVERIFY(reason->text().contains(QStringLiteral("only Customer Service")));
        shot(QStringLiteral("intake-read-only"));
        QVERIFY(!reason->accessibleName().isEmpty());
    }
    m_session->setActor(Actor{QStringLiteral("carla"), Department::CustomerService});
    QVERIFY(!edit("intake_pickup_city")->isReadOnly());
    QVERIFY(m_pane->findChild<QPushButton *>(QStringLiteral("intakeSubmit"))->isEnabled());
    QVERIFY(reason->isHidden());
}

void TestCustomerService::screenReadersHearTheQuoteAndTheResult()
{
    auto *quote = m_pane->findChild<QLabel *>(QStringLiteral("intakeQuote"));
    auto *result = m_pane->findChild<QLabel *>(QStringLiteral("intakeResult"));
    QVERIFY(quote && result);
    fillValidForm(QStringLiteral("S-4"));
    QTRY_VERIFY(quote->text().contains(QStringLiteral("$50.00")));
    // What a screen reader reads of the label is what it shows now, not a fixed name only. (The
    // DescriptionChanged event cannot be seen here: offscreen, Qt has no accessibility bridge.)
    QCOMPARE(QAccessible::queryAccessibleInterface(quote)->text(QAccessible::Description), quote->text());
    QSignalSpy finished(m_client.get(), &StoreClient::commandFinished);
    QTest::keyClick(edit("intake_destination_zip"), Qt::Key_Return);
    QVERIFY(finished.wait(5000));
    QTRY_VERIFY(result->text().contains(QStringLiteral("S-4 accepted")));
    QCOMPARE(QAccessible::queryAccessibleInterface(result)->text(QAccessible::Description), result->text());
}

void TestCustomerService::tabLeavesTheLookupInOneStep()
{
    auto *table = m_pane->findChild<QTableView *>(QStringLiteral("shipmentLookup"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentIndex(table->model()->index(0, 0));
    // A ring shows where the keyboard is.
    QTRY_COMPARE(m_window->focusRing()->target(), static_cast<QWidget *>(table));
    // Arrows move inside the list; one Tab leaves it.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(!table->hasFocus());
    QVERIFY(m_window->focusRing()->target() != table);
    QVERIFY(m_window->focusRing()->target());
}

QTEST_MAIN(TestCustomerService)
#include "tst_customerservice.moc"
