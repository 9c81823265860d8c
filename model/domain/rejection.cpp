#include "rejection.h"

#include "../util/placeholders.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

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

namespace {

// A reason as a pattern that reads its arguments back: "Shipment %1 is %2; …" becomes
// "^Shipment (.+?) is (.+?); …$", with the placeholder each group fills.
struct ReasonPattern
{
    const char *reason;
    QRegularExpression pattern;
    std::vector<int> placeholders;
    qsizetype words; // characters outside the placeholders
};

ReasonPattern patternOf(const char *reason)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d{1,2})"));
    const QString text = QString::fromUtf8(reason);
    ReasonPattern p{reason, {}, {}, 0};
    QString regex = QStringLiteral("^");
    qsizetype from = 0;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(text)) {
        regex += QRegularExpression::escape(text.mid(from, m.capturedStart() - from)) + QStringLiteral("(.+?)");
        p.words += m.capturedStart() - from;
        p.placeholders.push_back(m.captured(1).toInt());
        from = m.capturedEnd();
    }
    regex += QRegularExpression::escape(text.mid(from)) + QStringLiteral("$");
    p.words += text.size() - from;
    p.pattern.setPattern(regex);
    p.pattern.setPatternOptions(QRegularExpression::DotMatchesEverythingOption);
    return p;
}

const std::vector<ReasonPattern> &reasonPatterns()
{
    static const std::vector<ReasonPattern> patterns = [] {
        std::vector<ReasonPattern> all;
        for (const char *reason : refusal::all)
            all.push_back(patternOf(reason));
        // "Truck %1 is out of service." reads "Truck T-1 is already out of service." too: the
        // reason with more words of its own is the one meant.
        std::stable_sort(all.begin(), all.end(), [](const ReasonPattern &a, const ReasonPattern &b) { return a.words > b.words; });
        return all;
    }();
    return patterns;
}

} // namespace

Rejection rejectionFromLog(QStringView code, const QString &message, const QString &field)
{
    Rejection r{rejectionCodeFromName(code).value_or(RejectionCode::Invalid), message, field, nullptr, {}};
    for (const ReasonPattern &p : reasonPatterns()) {
        const QRegularExpressionMatch m = p.pattern.match(message);
        if (!m.hasMatch())
            continue;
        QStringList args;
        for (size_t i = 0; i < p.placeholders.size(); ++i) {
            const int n = p.placeholders[i];
            if (args.size() < n)
                args.resize(n);
            args[n - 1] = m.captured(int(i) + 1);
        }
        r.reason = p.reason;
        r.args = args;
        return r;
    }
    return r;
}

} // namespace hs
