#include "storeerror.h"

#include <QCoreApplication>

namespace hs {

namespace {

// All at once, so that an argument holding "%1" (a path) is never filled in again.
QString fill(const QString &text, const QStringList &a)
{
    switch (a.size()) {
    case 0: return text;
    case 1: return text.arg(a[0]);
    case 2: return text.arg(a[0], a[1]);
    case 3: return text.arg(a[0], a[1], a[2]);
    default: return text.arg(a[0], a[1], a[2], a[3]);
    }
}

} // namespace

StoreError makeStoreError(StoreError::Cause cause, const char *reason, const QStringList &args)
{
    StoreError e;
    e.cause = cause;
    e.reason = reason;
    e.args = args;
    e.message = fill(QString::fromUtf8(reason), args);
    return e;
}

QString localizedMessage(const StoreError &e)
{
    if (!e.reason)
        return e.message;
    return fill(QCoreApplication::translate("hs::StoreError", e.reason), e.args);
}

} // namespace hs
