#pragma once

#include "companyprofile.h"
#include "readmodel/operationsqueries.h"
#include "readmodel/paperwork.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QTextDocument;

namespace hs {

// The carrier's paperwork as rich text, laid out on pages with a footer ("Page 2 of 3") and
// table headers repeated on every page. Qt Gui only: haulctl renders them without widgets.
class BusinessDocuments
{
    Q_DECLARE_TR_FUNCTIONS(hs::BusinessDocuments)
public:
    enum class Kind { BillOfLading, RateConfirmation, Invoice, Statement };
    static std::optional<Kind> kindFromName(QStringView name); // "bill-of-lading", ...
    static QString kindName(Kind k);
    static QString title(Kind k); // in the user's language
    static QString entryWords(const QString &ledgerKind); // "invoice" -> "Invoice"

    static QString billOfLading(const ShipmentPaper &p, const CompanyProfile &company);
    static QString rateConfirmation(const ShipmentPaper &p, const CompanyProfile &company);
    static QString invoice(const InvoicePaper &p, const CompanyProfile &company);
    static QString statement(const StatementPaper &p, const CompanyProfile &company);
    static QString agingReport(const std::vector<AgingRow> &rows, qint64 moment, const CompanyProfile &company);

    // Lays the html out on the device's pages. The same for a PDF file and a printer.
    static bool render(const QString &html, const CompanyProfile &company, QPagedPaintDevice *device);
    static bool writePdf(const QString &html, const QString &title, const CompanyProfile &company,
                         const QString &path, QString *error);
};

} // namespace hs
