#include "storepath.h"

#include <QDir>
#include <QStandardPaths>

namespace hs {

QString defaultStorePath()
{
    const QString env = qEnvironmentVariable("HAULSTREAM_DB");
    if (!env.isEmpty())
        return env;
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return base + QStringLiteral("/haulstream/haulstream.db");
}

} // namespace hs
