#include "documentcommand.h"

#include "documents/businessdocuments.h"
#include "readmodel/paperwork.h"
#include "store/database.h"
#include "util/isotime.h"
#include "util/jsonwriter.h"

#include <QFileInfo>

namespace hs::cli {

namespace {

DocumentOutcome missing(const QString &what, const QString &id, bool past)
{
    return {NotFound, QStringLiteral("no %1 %2%3.").arg(what, id, past ? QStringLiteral(" at that time") : QString()), {}};
}

} // namespace

DocumentOutcome writeDocument(Database &db, const QString &kindName, const QString &id, const QString &path,
                              std::optional<qint64> asOf)
{
    using Kind = BusinessDocuments::Kind;
    const auto kind = BusinessDocuments::kindFromName(kindName);
    if (!kind)
        return {BadUsage, QStringLiteral("unknown document %1 (bill-of-lading, rate-confirmation, invoice or statement).").arg(kindName), {}};
    ReadModelQueries q(db.connection());
    std::optional<AsOf> at;
    if (asOf) {
        at = q.resolveAsOf(*asOf);
        if (!at)
            return {StoreFailed, q.lastError(), {}};
    }
    const AsOf *when = at ? &*at : nullptr;
    const CompanyProfile company = CompanyProfile::fromSharedSettings();
    QString html;
    switch (*kind) {
    case Kind::BillOfLading:
    case Kind::RateConfirmation: {
        const auto paper = shipmentPaper(q, id, when);
        if (!paper)
            return missing(QStringLiteral("shipment"), id, when);
        html = *kind == Kind::BillOfLading ? BusinessDocuments::billOfLading(*paper, company)
                                           : BusinessDocuments::rateConfirmation(*paper, company);
        break;
    }
    case Kind::Invoice: {
        const auto paper = invoicePaper(q, id, when);
        if (!paper)
            return missing(QStringLiteral("invoice for shipment"), id, when);
        html = BusinessDocuments::invoice(*paper, company);
        break;
    }
    case Kind::Statement: {
        const auto paper = statementPaper(q, id, when, asOf.value_or(isotime::nowMs()));
        if (!paper)
            return missing(QStringLiteral("account"), id, when);
        html = BusinessDocuments::statement(*paper, company);
        break;
    }
    }
    QString error;
    if (!BusinessDocuments::writePdf(html, BusinessDocuments::title(*kind) + u' ' + id, company, path, &error))
        return {StoreFailed, QStringLiteral("%1: %2").arg(path, error), {}};
    JsonWriter w;
    w.beginObject().field("document", kindName).field("id", id).field("out", QFileInfo(path).absoluteFilePath()).endObject();
    return {Done, {}, w.bytes()};
}

} // namespace hs::cli
