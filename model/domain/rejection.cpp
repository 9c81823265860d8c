#include "rejection.h"

#include "../util/placeholders.h"

#include <QCoreApplication>

namespace hs {

QString rejectionCodeName(RejectionCode c)
{
    switch (c) {
    case RejectionCode::Invalid: return QStringLiteral("invalid");
    case RejectionCode::UnknownCommand: return QStringLiteral("unknown_command");
    case RejectionCode::Forbidden: return QStringLiteral("forbidden");
    case RejectionCode::Stale: return QStringLiteral("stale");
    case RejectionCode::NotFound: return QStringLiteral("not_found");
    case RejectionCode::AlreadyExists: return QStringLiteral("already_exists");
    case RejectionCode::CreditHold: return QStringLiteral("credit_hold");
    case RejectionCode::CreditLimit: return QStringLiteral("credit_limit");
    case RejectionCode::IllegalTransition: return QStringLiteral("illegal_transition");
    case RejectionCode::TruckUnavailable: return QStringLiteral("truck_unavailable");
    case RejectionCode::OverCapacity: return QStringLiteral("over_capacity");
    }
    return {};
}

QStringList rejectionCodeNames()
{
    // rejectionCodeName answers nothing past the last code: no list here to keep in step.
    QStringList names;
    for (int i = 0; !rejectionCodeName(RejectionCode(i)).isEmpty(); ++i)
        names << rejectionCodeName(RejectionCode(i));
    return names;
}

std::optional<RejectionCode> rejectionCodeFromName(QStringView name)
{
    const qsizetype i = rejectionCodeNames().indexOf(name);
    return i < 0 ? std::nullopt : std::optional(RejectionCode(i));
}

Rejection makeRejection(RejectionCode code, const char *reason, const QStringList &args)
{
    Rejection r;
    r.code = code;
    r.reason = reason;
    r.args = args;
    r.message = fillPlaceholders(QString::fromUtf8(reason), args);
    return r;
}

QString localizedMessage(const Rejection &r)
{
    if (!r.reason)
        return r.message;
    QStringList args;
    for (const QString &a : r.args)
        args << QCoreApplication::translate("hs::Rejection", a.toUtf8().constData());
    return fillPlaceholders(QCoreApplication::translate("hs::Rejection", r.reason), args);
}

} // namespace hs
