#include "demo/storepath.h"
#include "panes/dispatch/dispatchpane.h"
#include "panes/finance/financepane.h"
#include "panes/overviewpane.h"
#include "shell/mainwindow.h"
#include "shell/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>
#include <cstdio>

using namespace hs;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    Q_INIT_RESOURCE(resources);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Haulstream"));
    QApplication::setApplicationName(QStringLiteral("Haulstream"));
    QApplication::setApplicationDisplayName(QStringLiteral("Haulstream"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/haulstream.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Great Plains Trucking's operations dashboard."));
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "The store to open (default: %1).").arg(defaultStorePath()),
                                QStringLiteral("path"));
    QCommandLineOption demoOption(QStringLiteral("demo"), QApplication::translate("main", "Fill an empty store with four weeks of demo data."));
    QCommandLineOption langOption(QStringLiteral("lang"), QApplication::translate("main", "Language: en, de or es."), QStringLiteral("code"));
    QCommandLineOption shotOption(QStringLiteral("screenshot"), QApplication::translate("main", "Render every pane to PNG files in DIR and exit."),
                                  QStringLiteral("dir"));
    QCommandLineOption readyOption(QStringLiteral("exit-when-ready"), QApplication::translate("main", "Exit as soon as the first pane shows data (for the benchmark)."));
    parser.addOptions({dbOption, demoOption, langOption, shotOption, readyOption});
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : defaultStorePath();

    StoreClient client;
    Session session(&client);
    MainWindow window(&session);
    window.addPane(new OverviewPane(&session));
    window.addPane(new DispatchPane(&session));
    window.addPane(new FinancePane(&session));
    window.restoreSettings();

    if (parser.isSet(readyOption)) {
        QObject::connect(&window, &MainWindow::firstDataShown, &app, [&] {
            std::printf("{\"readyMs\": %lld}\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, &app, &QApplication::quit);
        });
        QObject::connect(&client, &StoreClient::openFailed, &app, [&](const QString &, const QString &message) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            QApplication::exit(1);
        });
    }
    if (parser.isSet(shotOption)) {
        const QString dir = parser.value(shotOption);
        QObject::connect(&client, &StoreClient::opened, &window, [&window, dir] {
            QTimer::singleShot(800, &window, [&window, dir] {
                window.screenshotAll(dir, [](bool ok) { QApplication::exit(ok ? 0 : 1); });
            });
        });
        QObject::connect(&client, &StoreClient::openFailed, &app, [&](const QString &, const QString &message) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            QApplication::exit(1);
        });
    }

    window.show();
    client.open(path, parser.isSet(demoOption));
    return app.exec();
}
