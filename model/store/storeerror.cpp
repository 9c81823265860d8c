#include "storeerror.h"

#include "../util/placeholders.h"

#include <QCoreApplication>

namespace hs {

StoreError makeStoreError(StoreError::Cause cause, const char *reason, const QStringList &args)
{
    StoreError e;
    e.cause = cause;
    e.reason = reason;
    e.args = args;
    e.message = fillPlaceholders(QString::fromUtf8(reason), args);
    return e;
}

QString localizedMessage(const StoreError &e)
{
    if (!e.reason)
        return e.message;
    return fillPlaceholders(QCoreApplication::translate("hs::StoreError", e.reason), e.args);
}

} // namespace hs
