#pragma once

#include "refusals.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>

namespace hs {

// Ordered by precedence: when several apply, the lowest wins.
enum class RejectionCode {
    Invalid,
    UnknownCommand,
    Forbidden,
    Stale,
    NotFound,
    AlreadyExists,
    CreditHold,
    CreditLimit,
    IllegalTransition,
    TruckUnavailable,
    OverCapacity,
};

QString rejectionCodeName(RejectionCode c); // "illegal_transition"
// Every code's name, in precedence order, and the code a name stands for.
QStringList rejectionCodeNames();
std::optional<RejectionCode> rejectionCodeFromName(QStringView name);

struct Rejection
{
    RejectionCode code = RejectionCode::Invalid;
    QString message; // in words a clerk understands, in English (what haulctl prints and the log keeps)
    QString field;   // the offending path for `invalid`, else empty
    // The message's template and arguments, so that the dashboard can say it in the user's
    // language. Arguments that are words (a status) are translated too; ids pass unchanged.
    const char *reason = nullptr;
    QStringList args;
};

// Reasons and the words used as their arguments are marked in the deciders with
// QT_TRANSLATE_NOOP("hs::Rejection", ...), which lupdate reads.
Rejection makeRejection(RejectionCode code, const char *reason, const QStringList &args = {});
// The message in the language of the installed translators.
QString localizedMessage(const Rejection &r);
// A refusal as the command log keeps it (code, English message, field) with its reason and
// arguments read back out of the message, so that it can be said in another language; without
// a reason (the message said as kept) when no decider's reason reads that way.
Rejection rejectionFromLog(QStringView code, const QString &message, const QString &field = {});

} // namespace hs
