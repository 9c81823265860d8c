#include "cli.h"

#include <QGuiApplication>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Documents lay text out with fonts, which needs a GUI application; nothing else does, and
    // everything else must run where no display (or platform plugin) is at hand.
    bool laysOutDocuments = false;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--db") == 0) {
            ++i; // its value
            continue;
        }
        if (qstrncmp(argv[i], "--", 2) == 0)
            continue;
        laysOutDocuments = qstrcmp(argv[i], "document") == 0; // the subcommand is the first word
        break;
    }
    if (laysOutDocuments && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = laysOutDocuments ? std::make_unique<QGuiApplication>(argc, argv)
                                                               : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("haulctl"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = hs::cli::run(app->arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
