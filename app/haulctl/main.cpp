#include "cli.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("haulctl"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = hs::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
