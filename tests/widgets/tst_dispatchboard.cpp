#include "panes/dispatch/checkcalldialog.h"
#include "panes/dispatch/dispatchpane.h"
#include "panes/dispatch/shipmentmime.h"
#include "panes/dispatch/truckboard.h"
#include "panes/dispatch/truckcard.h"
#include "panes/dispatch/unassignedqueuemodel.h"
#include "seedstore.h"
#include "shell/session.h"

#include "widgets/requiredtextdialog.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

class TestDispatchBoard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dragAssignsAndTheCardMoves();
    void overCapacityIsRefusedBeforeTheDrop();
    void dragToAnotherTruckReassigns();
    void disabledActionSaysWhy();
    void shipFromTheButton();
    void checkCallFromTheTruckCard();
    void deliverWaitsForASignature();
    void announcedShortcutsAct();
    void returnToServiceAsksFirst();
    void assignMenuListsTrucksInNaturalOrder();
    void assignNotOfferedToOtherDepartments();

private:
    // Sends the drag events a real drag would, and answers whether the card took the drop.
    bool dragOnto(TruckCard *card, const DraggedShipment &what, bool drop);
    // Answers the next modal dialog (once it is up) with `answer`, which gets the dialog.
    void whenDialogOpens(std::function<void(QWidget *)> answer);
    // For a human look: HS_TEST_SHOTS=DIR saves the widget as the test sees it.
    static void shot(QWidget *w, const QString &name)
    {
        if (qEnvironmentVariableIsSet("HS_TEST_SHOTS"))
            w->grab().save(qEnvironmentVariable("HS_TEST_SHOTS") + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    QTemporaryDir m_dir;
    StoreClient *m_client = nullptr;
    Session *m_session = nullptr;
    DispatchPane *m_pane = nullptr;
};

void TestDispatchBoard::initTestCase()
{
    Q_INIT_RESOURCE(resources);
    QVERIFY(m_dir.isValid());
    const QString path = hs::test::storeLocation(m_dir, QStringLiteral("board.db"));
    {
        StoreError error;
        auto reducer = Reducer::open(path, &error);
        QVERIFY(reducer);
        QVERIFY(reducer->ensureStore(&error));
        StoreSeeder seed{*reducer};
        const qint64 t = isotime::nowMs() - 3600 * 1000;
        QVERIFY(seed.send(cmd::OpenAccount{QStringLiteral("A-1"), QStringLiteral("Prairie Grain")}, Department::Finance, t));
        QVERIFY(seed.send(cmd::RegisterTruck{QStringLiteral("T-1"), 20000}, Department::Dispatch, t));
        QVERIFY(seed.send(cmd::RegisterTruck{QStringLiteral("T-2"), 5000}, Department::Dispatch, t));
        QVERIFY(seed.send(cmd::RegisterTruck{QStringLiteral("T-3"), 30000}, Department::Dispatch, t));
        QVERIFY(seed.send(cmd::RegisterTruck{QStringLiteral("T-10"), 30000}, Department::Dispatch, t));
        QVERIFY(seed.shipment(QStringLiteral("S-1"), QStringLiteral("A-1"), 12000, t + 1000));
        QVERIFY(seed.shipment(QStringLiteral("S-2"), QStringLiteral("A-1"), 9000, t + 2000));
    }
    m_client = new StoreClient(this);
    m_session = new Session(m_client, this);
    m_session->setActor(Actor{QStringLiteral("dan"), Department::Dispatch});
    m_pane = new DispatchPane(m_session);
    new QAbstractItemModelTester(m_pane->queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_pane);
    connect(m_client, &StoreClient::storeChanged, m_pane, &DispatchPane::refresh);
    QSignalSpy opened(m_client, &StoreClient::opened);
    m_client->open(path);
    QVERIFY(opened.wait(10000) || opened.count() > 0);
    m_pane->resize(1200, 700);
    m_pane->show();
    m_pane->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->hasData(), 10000);
    QCOMPARE(m_pane->queueModel()->rowCount(), 2);
    QCOMPARE(m_pane->queueModel()->rowAt(0).shipmentId, QStringLiteral("S-1")); // oldest first
    QCOMPARE(m_pane->board()->columnOf(QStringLiteral("T-1")), TruckState::Available);
}

void TestDispatchBoard::cleanupTestCase()
{
    delete m_pane;
}

bool TestDispatchBoard::dragOnto(TruckCard *card, const DraggedShipment &what, bool drop)
{
    std::unique_ptr<QMimeData> mime(shipmentMimeData(what));
    const QPointF at(card->width() / 2.0, card->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(card, &enter);
    // The decider answers on the writer thread; a real drag keeps moving meanwhile.
    if (!QTest::qWaitFor([&] { return m_pane->board()->verdict(what.shipmentId, card->truckId()).known; }, 5000))
        return false;
    QDragMoveEvent move(at.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(card, &move);
    if (!drop || !move.isAccepted())
        return move.isAccepted();
    QDropEvent dropEvent(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(card, &dropEvent);
    return dropEvent.isAccepted();
}

void TestDispatchBoard::dragAssignsAndTheCardMoves()
{
    TruckCard *card = m_pane->board()->card(QStringLiteral("T-1"));
    QVERIFY(card);
    QSignalSpy finished(m_client, &StoreClient::commandFinished);
    QVERIFY(dragOnto(card, DraggedShipment{QStringLiteral("S-1"), {}}, true));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY(finished.at(0).at(1).value<CommandResult>().accepted);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->board()->columnOf(QStringLiteral("T-1")), TruckState::Assigned, 5000);
    QTRY_COMPARE(m_pane->queueModel()->rowCount(), 1);
    QVERIFY(m_pane->board()->card(QStringLiteral("T-1"))->load());
    QCOMPARE(m_pane->board()->card(QStringLiteral("T-1"))->load()->shipmentId, QStringLiteral("S-1"));
}

void TestDispatchBoard::overCapacityIsRefusedBeforeTheDrop()
{
    TruckCard *small = m_pane->board()->card(QStringLiteral("T-2"));
    QVERIFY(small);
    QSignalSpy submitted(m_client, &StoreClient::commandSubmitted);
    QVERIFY(!dragOnto(small, DraggedShipment{QStringLiteral("S-2"), {}}, false));
    const DropVerdict v = m_pane->board()->verdict(QStringLiteral("S-2"), QStringLiteral("T-2"));
    QVERIFY(v.refusal);
    QVERIFY2(v.refusal->contains(QStringLiteral("5,000")) || v.refusal->contains(QStringLiteral("5000")), qPrintable(*v.refusal));
    // The reason is on the card itself, while the drag hovers over it.
    QCOMPARE(small->dropMessage(), *v.refusal);
    QCOMPARE(small->toolTip(), *v.refusal);
    // A drop that arrives anyway is refused and sends nothing.
    std::unique_ptr<QMimeData> mime(shipmentMimeData(DraggedShipment{QStringLiteral("S-2"), {}}));
    QDropEvent drop(QPointF(10, 10), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(small, &drop);
    QVERIFY(!drop.isAccepted());
    QTest::qWait(100);
    QCOMPARE(submitted.count(), 0);
    QCOMPARE(m_pane->board()->columnOf(QStringLiteral("T-2")), TruckState::Available);
    // A busy truck is refused too, for its own reason.
    QVERIFY(!dragOnto(m_pane->board()->card(QStringLiteral("T-1")), DraggedShipment{QStringLiteral("S-2"), {}}, false));
    QVERIFY(m_pane->board()->verdict(QStringLiteral("S-2"), QStringLiteral("T-1")).refusal);
}

void TestDispatchBoard::dragToAnotherTruckReassigns()
{
    QSignalSpy finished(m_client, &StoreClient::commandFinished);
    QVERIFY(dragOnto(m_pane->board()->card(QStringLiteral("T-3")), DraggedShipment{QStringLiteral("S-1"), QStringLiteral("T-1")}, true));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->board()->columnOf(QStringLiteral("T-3")), TruckState::Assigned, 5000);
    QTRY_COMPARE(m_pane->board()->columnOf(QStringLiteral("T-1")), TruckState::Available);
}

void TestDispatchBoard::disabledActionSaysWhy()
{
    QSignalSpy updated(m_pane, &DispatchPane::actionsUpdated);
    m_pane->board()->card(QStringLiteral("T-2"))->setFocus();
    m_pane->board()->select(QStringLiteral("T-2"));
    QTRY_VERIFY(updated.count() > 0);
    auto *ret = m_pane->findChild<QPushButton *>(QStringLiteral("returnButton"));
    auto *breakdown = m_pane->findChild<QPushButton *>(QStringLiteral("breakdownButton"));
    QVERIFY(ret && breakdown);
    QVERIFY(!ret->isEnabled());
    // The reason is the decider's: T-2 is in service, so it cannot be returned to it.
    QVERIFY2(ret->toolTip().contains(QStringLiteral("T-2")), qPrintable(ret->toolTip()));
    QVERIFY(breakdown->isEnabled());
}

void TestDispatchBoard::shipFromTheButton()
{
    QSignalSpy updated(m_pane, &DispatchPane::actionsUpdated);
    m_pane->board()->select(QStringLiteral("T-3"));
    QTRY_VERIFY(updated.count() > 0);
    auto *ship = m_pane->findChild<QPushButton *>(QStringLiteral("shipButton"));
    QTRY_VERIFY(ship->isEnabled());
    QTest::mouseClick(ship, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->board()->columnOf(QStringLiteral("T-3")), TruckState::OutForDelivery, 5000);
}

void TestDispatchBoard::checkCallFromTheTruckCard()
{
    // T-3 is out for delivery: its load can take a check call, an empty truck's cannot.
    QSignalSpy updated(m_pane, &DispatchPane::actionsUpdated);
    m_pane->board()->select(QStringLiteral("T-10"));
    QTRY_VERIFY(updated.count() > 0);
    auto *call = m_pane->findChild<QPushButton *>(QStringLiteral("checkCallButton"));
    QTRY_VERIFY(!call->isEnabled());
    QCOMPARE(call->toolTip(), QStringLiteral("Truck T-10 carries no shipment to report on."));
    QVERIFY(!call->accessibleName().isEmpty());
    m_pane->board()->select(QStringLiteral("T-3"));
    QTRY_VERIFY(call->isEnabled());
    QVERIFY(call->toolTip().contains(QStringLiteral("Ctrl+Shift+K")));
    bool isCheckCall = false;
    whenDialogOpens([&](QWidget *dialog) {
        auto *d = qobject_cast<CheckCallDialog *>(dialog);
        isCheckCall = d;
        if (!d) {
            dialog->close();
            return;
        }
        QTest::keyClicks(d->locationEdit(), QStringLiteral("I-80 near York"));
        QTest::keyClicks(d->noteEdit(), QStringLiteral("Light traffic"));
        QTest::mouseClick(d->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QSignalSpy submitted(m_client, &StoreClient::commandSubmitted);
    QTest::mouseClick(call, Qt::LeftButton);
    QVERIFY(isCheckCall);
    QTRY_COMPARE(submitted.count(), 1);
    // The card shows the load's last known location.
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->board()->card(QStringLiteral("T-3"))->lastCallText().contains(QStringLiteral("I-80 near York")), 5000);
    m_pane->board()->select(QStringLiteral("T-10")); // the next test picks T-3 afresh
}

void TestDispatchBoard::whenDialogOpens(std::function<void(QWidget *)> answer)
{
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [poll, answer] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start();
}

void TestDispatchBoard::deliverWaitsForASignature()
{
    QSignalSpy updated(m_pane, &DispatchPane::actionsUpdated);
    m_pane->board()->select(QStringLiteral("T-3"));
    QTRY_VERIFY(updated.count() > 0);
    auto *deliver = m_pane->findChild<QPushButton *>(QStringLiteral("deliverButton"));
    QTRY_VERIFY(deliver->isEnabled());
    QSignalSpy submitted(m_client, &StoreClient::commandSubmitted);
    bool okDisabledWhileEmpty = false, saysWhy = false, isRequiredText = false;
    whenDialogOpens([&](QWidget *dialog) {
        auto *d = qobject_cast<RequiredTextDialog *>(dialog);
        isRequiredText = d;
        if (!d) {
            dialog->close();
            return;
        }
        QPushButton *ok = d->buttons()->button(QDialogButtonBox::Ok);
        okDisabledWhileEmpty = !ok->isEnabled();
        saysWhy = d->findChild<QLabel *>(QStringLiteral("requiredTextMissing"))->isVisible();
        QTest::keyClick(d->edit(), Qt::Key_Return); // an empty answer does not close it
        QTest::keyClicks(d->edit(), QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        QVERIFY(d->isVisible());
        shot(d, QStringLiteral("deliver-empty"));
        QTest::keyClicks(d->edit(), QStringLiteral("Ann Weber"));
        QVERIFY(ok->isEnabled());
        shot(d, QStringLiteral("deliver-signed"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(deliver, Qt::LeftButton);
    QVERIFY(isRequiredText);
    QVERIFY(okDisabledWhileEmpty);
    QVERIFY(saysWhy);
    QTRY_COMPARE(submitted.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->board()->columnOf(QStringLiteral("T-3")), TruckState::Available, 5000);
}

void TestDispatchBoard::announcedShortcutsAct()
{
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane));
    QSignalSpy updated(m_pane, &DispatchPane::actionsUpdated);
    m_pane->board()->select(QStringLiteral("T-2"));
    QTRY_VERIFY(updated.count() > 0);
    QVERIFY(m_pane->findChild<QPushButton *>(QStringLiteral("breakdownButton"))->toolTip().contains(QStringLiteral("Ctrl+Shift+B")));
    bool asked = false;
    whenDialogOpens([&](QWidget *dialog) {
        asked = true;
        auto *d = qobject_cast<RequiredTextDialog *>(dialog);
        QVERIFY(d);
        QTest::keyClicks(d->edit(), QStringLiteral("Flat tire"));
        d->accept();
    });
    QTest::keyClick(m_pane, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(asked);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->board()->columnOf(QStringLiteral("T-2")), TruckState::OutOfService, 5000);

    // Ctrl+Shift+A opens the truck menu for the selected waiting shipment, as its tooltip says.
    m_pane->activateWindow(); // the dialog took the focus with it
    QVERIFY(QTest::qWaitForWindowActive(m_pane));
    m_pane->queueView()->selectRow(0);
    QVERIFY(!m_pane->selectedShipment().isEmpty());
    QTest::keyClick(m_pane, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_pane->findChild<QMenu *>(QStringLiteral("assignMenu"))));
    menu->close();
    QTRY_VERIFY(!m_pane->findChild<QMenu *>(QStringLiteral("assignMenu")));
}

void TestDispatchBoard::returnToServiceAsksFirst()
{
    m_pane->board()->select(QStringLiteral("T-2"));
    auto *ret = m_pane->findChild<QPushButton *>(QStringLiteral("returnButton"));
    QTRY_VERIFY(ret->isEnabled());
    QSignalSpy submitted(m_client, &StoreClient::commandSubmitted);
    QString question;
    whenDialogOpens([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        question = box ? box->text() : QString();
        shot(dialog, QStringLiteral("return-to-service"));
        dialog->close();
    });
    QTest::mouseClick(ret, Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("T-2")), qPrintable(question));
    QTest::qWait(100);
    QCOMPARE(submitted.count(), 0); // declined: nothing sent
    QCOMPARE(m_pane->board()->columnOf(QStringLiteral("T-2")), TruckState::OutOfService);

    whenDialogOpens([](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(ret, Qt::LeftButton);
    QTRY_COMPARE(submitted.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->board()->columnOf(QStringLiteral("T-2")), TruckState::Available, 5000);
}

void TestDispatchBoard::assignMenuListsTrucksInNaturalOrder()
{
    m_pane->queueView()->selectRow(0);
    QVERIFY(!m_pane->selectedShipment().isEmpty());
    m_pane->chooseTruckForSelected();
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_pane->findChild<QMenu *>(QStringLiteral("assignMenu"))));
    shot(menu, QStringLiteral("assign-menu"));
    QStringList trucks;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            trucks << a->text().section(QLatin1Char(' '), 0, 0);
    menu->close();
    QCOMPARE(trucks, (QStringList{QStringLiteral("T-1"), QStringLiteral("T-2"), QStringLiteral("T-3"), QStringLiteral("T-10")}));
}

void TestDispatchBoard::assignNotOfferedToOtherDepartments()
{
    auto *assign = m_pane->findChild<QPushButton *>(QStringLiteral("assignButton"));
    QVERIFY(assign->isEnabled());
    m_session->setActor(Actor{QStringLiteral("carla"), Department::CustomerService});
    QVERIFY(!assign->isEnabled());
    QCOMPARE(assign->toolTip(), QStringLiteral("Only Dispatch assigns trucks to shipments."));
    shot(m_pane, QStringLiteral("dispatch-as-customer-service"));
    // The queue's context menu does not offer greyed trucks either.
    m_pane->queueView()->selectRow(0);
    m_pane->chooseTruckForSelected();
    QTest::qWait(100);
    QVERIFY(!m_pane->findChild<QMenu *>(QStringLiteral("assignMenu")));
    m_session->setActor(Actor{QStringLiteral("dan"), Department::Dispatch});
    QVERIFY(assign->isEnabled());
}

QTEST_MAIN(TestDispatchBoard)
#include "tst_dispatchboard.moc"
