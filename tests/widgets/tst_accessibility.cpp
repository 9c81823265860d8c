// Every control of the whole window has an accessible name: screen readers and GUI test tools
// find controls by it. Builds the window with every pane on a demo store and walks it.
#include "demo/demoseed.h"
#include "panes/catalog/eventcatalogpane.h"
#include "panes/chain/chainexplorerpane.h"
#include "panes/customerservice/customerservicepane.h"
#include "panes/dispatch/dispatchpane.h"
#include "panes/finance/financepane.h"
#include "panes/history/eventhistorypane.h"
#include "panes/overviewpane.h"
#include "panes/customerservice/shipmentdetail.h"
#include "panes/whatif/whatifpane.h"
#include "shell/mainwindow.h"
#include "util/isotime.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGraphicsView>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QLabel>
#include <QToolBar>
#include <QtTest>

using namespace hs;

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyControlHasAnAccessibleName()
    {
        Q_INIT_RESOURCE(resources);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        {
            StoreError error;
            auto reducer = Reducer::open(path, &error);
            QVERIFY2(reducer && reducer->ensureStore(&error), qPrintable(error.message));
            QVERIFY(seedDemo(*reducer, isotime::nowMs(), &error));
        }
        StoreClient client;
        Session session(&client);
        MainWindow window(&session);
        window.addPane(new OverviewPane(&session));
        window.addPane(new CustomerServicePane(&session));
        window.addPane(new DispatchPane(&session));
        window.addPane(new FinancePane(&session));
        window.addPane(new EventHistoryPane(&session));
        window.addPane(new ChainExplorerPane(&session));
        window.addPane(new EventCatalogPane(&session));
        window.addPane(new WhatIfPane(&session));
        QSignalSpy opened(&client, &StoreClient::opened);
        client.open(path);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 10000);
        // Visit every pane so that controls built on first show exist too, and let each show
        // the demo's data as the real window does: long names and a shipment in the detail.
        window.resize(1400, 860);
        for (int i = 0; i < window.panes().size(); ++i) {
            window.showPane(i);
            QTRY_VERIFY_WITH_TIMEOUT(!window.panes()[i]->isBusy(), 20000);
            QTest::qWait(300);
        }

        QStringList unnamed;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                                 || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                                 || qobject_cast<QAbstractSlider *>(w) || qobject_cast<QAbstractItemView *>(w)
                                 || qobject_cast<QGraphicsView *>(w) || qobject_cast<QTextEdit *>(w)
                                 || qobject_cast<QPlainTextEdit *>(w);
            if (!control)
                continue;
            // Parts Qt builds inside other controls (a combo's list, a spin box's editor, a
            // table's headers, a line edit's clear button, scroll bars, the dock's title
            // buttons) are named through their owner.
            QWidget *p = w->parentWidget();
            const bool internal = (p && (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p)
                                         || qobject_cast<QAbstractItemView *>(p) || qobject_cast<QLineEdit *>(p)))
                                  || qobject_cast<QScrollBar *>(w) || w->objectName().startsWith(QLatin1String("qt_"))
                                  || (p && p->objectName().startsWith(QLatin1String("qt_")))
                                  || w->inherits("QDockWidgetTitleButton") || w->inherits("QToolBarExtension")
                                  || (p && p->inherits("QComboBoxPrivateContainer"));
            if (internal)
                continue;
            if (w->accessibleName().trimmed().isEmpty())
                unnamed << QStringLiteral("%1 '%2' in %3").arg(QString::fromLatin1(w->metaObject()->className()),
                                                              w->objectName(),
                                                              p ? QString::fromLatin1(p->metaObject()->className()) + QLatin1Char(' ') + p->objectName() : QString());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 control(s) without an accessible name:\n").arg(unnamed.size())
                                                + unnamed.join(QLatin1Char('\n'))));

        // Issue 13: at 1400 px nothing is pushed off the screen, in English, German or Spanish,
        // with the demo's data shown: the newest shipment in Customer Service's detail, and the
        // time machine open on an earlier moment.
        auto *customerService = window.findChild<CustomerServicePane *>();
        QTRY_VERIFY_WITH_TIMEOUT(!customerService->detail()->findChild<QLabel *>(QStringLiteral("detailAccount"))->text().isEmpty(), 10000);
        window.findChild<QToolBar *>(QStringLiteral("timeMachineBar"))->show();
        session.setAsOfTime(isotime::nowMs() - 2 * 3600 * 1000);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")}) {
            QVERIFY(window.setLanguage(language));
            for (int i = 0; i < window.panes().size(); ++i) {
                window.showPane(i);
                QTRY_VERIFY_WITH_TIMEOUT(!window.panes()[i]->isBusy(), 20000);
                QTest::qWait(100); // the panes retranslate on the posted language change
            }
            window.showPane(int(window.panes().indexOf(customerService)));
            QTRY_VERIFY_WITH_TIMEOUT(!customerService->detail()->findChild<QLabel *>(QStringLiteral("detailAccount"))->text().isEmpty(), 10000);
            QStringList wide;
            for (Pane *p : window.panes())
                wide << QStringLiteral("%1 %2").arg(p->objectName()).arg(p->minimumSizeHint().width());
            QVERIFY2(window.minimumSizeHint().width() <= 1400,
                     qPrintable(QStringLiteral("%1: the window needs %2 px; panes: %3").arg(language).arg(window.minimumSizeHint().width()).arg(wide.join(u", "))));
            window.resize(1400, 860);
            QCoreApplication::processEvents();
            QVERIFY2(window.width() <= 1400, qPrintable(QStringLiteral("%1: the window is %2 px wide").arg(language).arg(window.width())));
            // The shipment's facts read in lines of a sensible width, not a word or two a line.
            const QLabel *pickup = customerService->detail()->findChild<QLabel *>(QStringLiteral("detailPickup"));
            QVERIFY2(pickup->width() >= 240, qPrintable(QStringLiteral("%1: the detail's values are %2 px wide").arg(language).arg(pickup->width())));
            QVERIFY2(pickup->height() >= pickup->heightForWidth(pickup->width()),
                     qPrintable(QStringLiteral("%1: the pickup address gets %2 of the %3 px it needs").arg(language).arg(pickup->height()).arg(pickup->heightForWidth(pickup->width()))));
        }
        session.setAsOfTime(std::nullopt);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
