#include "demo/storepath.h"
#include "panes/catalog/eventcatalogpane.h"
#include "panes/chain/chainexplorerpane.h"
#include "panes/customerservice/customerservicepane.h"
#include "panes/dispatch/dispatchpane.h"
#include "panes/finance/financepane.h"
#include "panes/history/eventhistorypane.h"
#include "panes/overviewpane.h"
#include "widgets/atrisklist.h"
#include "panes/whatif/whatifpane.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/session.h"
#include "util/isotime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>
#include <cstdio>

using namespace hs;

namespace {

// Answered before QApplication, which needs a display: a terminal without one may ask too.
bool printVersionIfAsked(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("Haulstream %s\n", HAULSTREAM_VERSION);
            return true;
        }
    return false;
}

void describeApplication()
{
    QApplication::setOrganizationName(QStringLiteral("Haulstream"));
    QApplication::setApplicationName(QStringLiteral("Haulstream"));
    QApplication::setApplicationDisplayName(QStringLiteral("Haulstream"));
    QApplication::setApplicationVersion(QStringLiteral(HAULSTREAM_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.haulstream.Haulstream")); // the installed .desktop entry
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/haulstream.svg")));
}

// The dashboard's command line.
struct Options
{
    QCommandLineOption db{QStringLiteral("db"), QApplication::translate("main", "The store to open (default: %1).").arg(defaultStorePath()),
                          QStringLiteral("path")};
    QCommandLineOption demo{QStringLiteral("demo"), QApplication::translate("main", "Fill an empty store with four weeks of demo data.")};
    QCommandLineOption lang{QStringLiteral("lang"), QApplication::translate("main", "Language: en, de or es."), QStringLiteral("code")};
    QCommandLineOption shot{QStringLiteral("screenshot"), QApplication::translate("main", "Render every pane to PNG files in DIR and exit."),
                            QStringLiteral("dir")};
    QCommandLineOption ready{QStringLiteral("exit-when-ready"), QApplication::translate("main", "Exit as soon as the first pane shows data (for the benchmark).")};
    QCommandLineOption asOf{QStringLiteral("as-of"), QApplication::translate("main", "Open the time machine at this moment (ISO 8601), read-only."),
                            QStringLiteral("time")};

    void process(QCommandLineParser &parser, QApplication &app)
    {
        parser.setApplicationDescription(QApplication::translate("main", "Great Plains Trucking's operations dashboard."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({db, demo, lang, shot, ready, asOf});
        parser.process(app);
    }
};

// The departments first (Ctrl+1…4), then the tools that explain what happened.
void addPanes(MainWindow &window, Session &session)
{
    auto *overview = new OverviewPane(&session);
    window.addPane(overview);
    auto *customerService = new CustomerServicePane(&session);
    window.addPane(customerService);
    auto *dispatch = new DispatchPane(&session);
    window.addPane(dispatch);
    window.addPane(new FinancePane(&session));
    auto *history = new EventHistoryPane(&session);
    window.addPane(history);
    auto *chain = new ChainExplorerPane(&session);
    window.addPane(chain);
    window.addPane(new EventCatalogPane(&session));
    window.addPane(new WhatIfPane(&session));
    // "Show chain" on an event in the history opens it in the chain explorer.
    QObject::connect(history, &EventHistoryPane::showChainRequested, chain, [&window, chain](const QString &id) {
        chain->showChain(id);
        window.showPane(int(window.panes().indexOf(chain)));
    });
    // A shipment picked in an at-risk list opens in Customer Service: its timeline and check calls.
    for (AtRiskList *list : {overview->atRiskList(), dispatch->atRiskList()})
        QObject::connect(list, &AtRiskList::shipmentActivated, customerService, [&window, customerService](const QString &id) {
            customerService->selectShipment(id);
            window.showPane(int(window.panes().indexOf(customerService)));
        });
}

// False (after saying why) when the language asked for is not one the dashboard knows.
bool chooseLanguage(MainWindow &window, const QString &code)
{
    if (window.setLanguage(code))
        return true;
    bool known = false;
    for (const Language::Choice &c : Language::choices())
        known = known || c.code == code;
    if (!known) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "Unknown language “%1”: use en, de or es.").arg(code)));
        return false;
    }
    std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "No translation for “%1” is installed; using English.").arg(code)));
    return true;
}

// --exit-when-ready and --screenshot: the dashboard runs unattended and leaves by itself.
void leaveWhenDone(MainWindow &window, StoreClient &client, QApplication &app, const QElapsedTimer &sinceStart,
                   bool whenReady, const QString &screenshotDir)
{
    if (whenReady) {
        QObject::connect(&window, &MainWindow::firstDataShown, &app, [&app, &sinceStart] {
            std::printf("{\"readyMs\": %lld}\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, &app, &QApplication::quit);
        });
    }
    if (!screenshotDir.isEmpty()) {
        QObject::connect(&client, &StoreClient::opened, &window, [&window, screenshotDir] {
            QTimer::singleShot(800, &window, [&window, screenshotDir] {
                window.screenshotAll(screenshotDir, [](bool ok) { QApplication::exit(ok ? 0 : 1); });
            });
        });
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (printVersionIfAsked(argc, argv))
        return 0;
    Q_INIT_RESOURCE(resources);
    QApplication app(argc, argv);
    describeApplication();
    QCommandLineParser parser;
    Options options;
    options.process(parser, app);
    const QString path = parser.isSet(options.db) ? parser.value(options.db) : defaultStorePath();

    StoreClient client;
    Session session(&client);
    MainWindow window(&session);
    addPanes(window, session);
    window.restoreSettings();
    if (parser.isSet(options.asOf)) {
        const auto at = isotime::parse(parser.value(options.asOf));
        if (!at) {
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--as-of needs an ISO 8601 time with a zone.")));
            return 2;
        }
        session.setAsOfTime(*at);
    }
    if (parser.isSet(options.lang) && !chooseLanguage(window, parser.value(options.lang)))
        return 2;
    // Nobody is there to answer a dialog: problems go to standard error.
    window.setInteractive(!parser.isSet(options.ready) && !parser.isSet(options.shot));
    leaveWhenDone(window, client, app, sinceStart, parser.isSet(options.ready),
                  parser.isSet(options.shot) ? parser.value(options.shot) : QString());
    window.show();
    client.open(path, parser.isSet(options.demo));
    return app.exec();
}
