#include "businessdocuments.h"

#include "widgets/money.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

namespace hs {

namespace {

constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;
const QString logoUrl = QStringLiteral("haulstream-logo");

QString esc(const QString &s) { return s.toHtmlEscaped(); }

// Documents carry the calendar day in UTC, as every time in the store is kept.
QString day(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date().toString(Qt::ISODate); }

QString addressBlock(const Address &a)
{
    QStringList lines{esc(a.name), esc(a.line1)};
    if (a.line2)
        lines << esc(*a.line2);
    lines << QStringLiteral("%1, %2 %3").arg(esc(a.city), esc(a.state), esc(a.zip));
    return lines.join(QStringLiteral("<br>"));
}

// A two-column block of labelled facts.
QString facts(const QList<QPair<QString, QString>> &rows)
{
    QString out = QStringLiteral("<table cellspacing=0 cellpadding=3>");
    for (const auto &[label, value] : rows)
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
    return out + QStringLiteral("</table>");
}

// A ruled table whose header row repeats on every page it runs onto.
QString table(const QStringList &headers, const QStringList &rows, const QList<int> &rightAligned = {})
{
    QString head;
    for (int i = 0; i < headers.size(); ++i)
        head += QStringLiteral("<th align=%1 bgcolor=#e8e8e8>%2</th>").arg(rightAligned.contains(i) ? u"right" : u"left", esc(headers[i]));
    return QStringLiteral("<table width=100% cellspacing=0 cellpadding=4 border=1 style='border-collapse:collapse'>"
                          "<thead><tr>%1</tr></thead><tbody>%2</tbody></table>")
        .arg(head, rows.join(QString()));
}

QString row(const QStringList &cells, const QList<int> &rightAligned = {})
{
    QString out = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i)
        out += QStringLiteral("<td%1>%2</td>").arg(rightAligned.contains(i) ? QStringLiteral(" align=right") : QString(), cells[i]);
    return out + QStringLiteral("</tr>");
}

QString letterhead(const CompanyProfile &c, const QString &title, const QString &subtitle)
{
    QStringList address;
    for (const QString &l : c.address)
        address << esc(l);
    const QString logo = c.logoPath.isEmpty() ? QString() : QStringLiteral("<img src='%1' height=64><br>").arg(logoUrl);
    return QStringLiteral("<table width=100%><tr><td>%1<b style='font-size:14pt'>%2</b><br>%3</td>"
                          "<td align=right><b style='font-size:16pt'>%4</b><br>%5</td></tr></table><hr>")
        .arg(logo, esc(c.name), address.join(QStringLiteral("<br>")), esc(title), esc(subtitle));
}

QString signatureLines(const QStringList &who)
{
    QString cells;
    for (const QString &w : who)
        cells += QStringLiteral("<td width=%1%><br><br>______________________________<br>%2<br><br>"
                                "______________________________<br>%3</td>")
                     .arg(100 / qMax<int>(1, who.size()))
                     .arg(esc(w), esc(BusinessDocuments::tr("Date")));
    return QStringLiteral("<table width=100% cellpadding=6><tr>%1</tr></table>").arg(cells);
}

QString optionalTime(const std::optional<qint64> &ms)
{
    return ms ? esc(QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
              : esc(BusinessDocuments::tr("not promised"));
}

} // namespace

std::optional<BusinessDocuments::Kind> BusinessDocuments::kindFromName(QStringView name)
{
    for (Kind k : {Kind::BillOfLading, Kind::RateConfirmation, Kind::Invoice, Kind::Statement})
        if (name == kindName(k))
            return k;
    return std::nullopt;
}

QString BusinessDocuments::kindName(Kind k)
{
    switch (k) {
    case Kind::BillOfLading: return QStringLiteral("bill-of-lading");
    case Kind::RateConfirmation: return QStringLiteral("rate-confirmation");
    case Kind::Invoice: return QStringLiteral("invoice");
    case Kind::Statement: return QStringLiteral("statement");
    }
    return {};
}

QString BusinessDocuments::title(Kind k)
{
    switch (k) {
    case Kind::BillOfLading: return tr("Bill of Lading");
    case Kind::RateConfirmation: return tr("Rate Confirmation");
    case Kind::Invoice: return tr("Invoice");
    case Kind::Statement: return tr("Statement of Account");
    }
    return {};
}

QString BusinessDocuments::billOfLading(const ShipmentPaper &p, const CompanyProfile &company)
{
    const ShipmentView &s = p.shipment;
    const QString reference = s.customerReference.isEmpty() ? tr("none") : s.customerReference;
    const QString truck = s.truckId.isEmpty() ? tr("not assigned") : s.truckId;
    return letterhead(company, title(Kind::BillOfLading), tr("Shipment %1").arg(s.shipmentId))
        + facts({{tr("Date"), day(s.submittedAt)}, {tr("Customer reference"), esc(reference)},
                 {tr("Carrier"), esc(company.name)}, {tr("Truck"), esc(truck)},
                 {tr("Bill freight charges to"), esc(QStringLiteral("%1 (%2)").arg(p.account.name, p.account.accountId))}})
        + QStringLiteral("<table width=100% cellpadding=6><tr><td width=50%><b>%1</b><br>%2</td><td width=50%><b>%3</b><br>%4</td></tr></table>")
              .arg(esc(tr("Shipper (pick up at)")), addressBlock(s.pickup), esc(tr("Consignee (deliver to)")), addressBlock(s.destination))
        + table({tr("Description"), tr("Weight (lb)"), tr("Charges")},
                {row({esc(tr("Freight, shipment %1").arg(s.shipmentId)), esc(moneyLocale().toString(s.weightLb)), formatMoney(s.priceCents)}, {1, 2})},
                {1, 2})
        + signatureLines({tr("Shipper"), tr("Carrier (driver)"), tr("Consignee")});
}

QString BusinessDocuments::rateConfirmation(const ShipmentPaper &p, const CompanyProfile &company)
{
    const ShipmentView &s = p.shipment;
    const QString reference = s.customerReference.isEmpty() ? tr("none") : s.customerReference;
    const QString truck = s.truckId.isEmpty() ? tr("not assigned") : s.truckId;
    return letterhead(company, title(Kind::RateConfirmation), tr("Shipment %1").arg(s.shipmentId))
        + facts({{tr("Customer"), esc(QStringLiteral("%1 (%2)").arg(p.account.name, p.account.accountId))},
                 {tr("Customer reference"), esc(reference)}, {tr("Carrier"), esc(company.name)}, {tr("Truck"), esc(truck)},
                 {tr("Pick up by"), optionalTime(s.pickupBy)}, {tr("Deliver by"), optionalTime(s.deliverBy)}})
        + QStringLiteral("<table width=100% cellpadding=6><tr><td width=50%><b>%1</b><br>%2</td><td width=50%><b>%3</b><br>%4</td></tr></table>")
              .arg(esc(tr("Pick up at")), addressBlock(s.pickup), esc(tr("Deliver to")), addressBlock(s.destination))
        + table({tr("Weight (lb)"), tr("Agreed rate")}, {row({esc(moneyLocale().toString(s.weightLb)), formatMoney(s.priceCents)}, {0, 1})}, {0, 1})
        + QStringLiteral("<p>%1</p>").arg(esc(tr("The rate above is all-in for this shipment. Sign and return to confirm.")))
        + signatureLines({tr("For %1").arg(p.account.name), tr("For %1").arg(company.name)});
}

QString BusinessDocuments::invoice(const InvoicePaper &p, const CompanyProfile &company)
{
    const receivables::Invoice &i = p.invoice;
    const ShipmentView &s = p.shipment;
    const qint64 termsDays = (i.dueAt - i.invoicedAt) / msPerDay;
    QStringList remit;
    for (const QString &l : company.address)
        remit << esc(l);
    return letterhead(company, title(Kind::Invoice), tr("Invoice %1").arg(s.shipmentId))
        + QStringLiteral("<table width=100% cellpadding=6><tr><td width=50%><b>%1</b><br>%2<br>%3</td><td width=50%><b>%4</b><br>%5<br>%6</td></tr></table>")
              .arg(esc(tr("Bill to")), esc(p.account.name), esc(tr("Account %1").arg(p.account.accountId)),
                   esc(tr("Remit to")), esc(company.name), remit.join(QStringLiteral("<br>")))
        + facts({{tr("Invoice date"), day(i.invoicedAt)}, {tr("Due date"), day(i.dueAt)},
                 {tr("Terms"), esc(tr("Net %1 days").arg(termsDays))},
                 {tr("Customer reference"), esc(s.customerReference.isEmpty() ? tr("none") : s.customerReference)}})
        + table({tr("Shipment"), tr("From"), tr("To"), tr("Weight (lb)"), tr("Amount")},
                {row({esc(s.shipmentId), esc(s.pickup.city + QStringLiteral(", ") + s.pickup.state),
                      esc(s.destination.city + QStringLiteral(", ") + s.destination.state), esc(moneyLocale().toString(s.weightLb)),
                      formatMoney(i.amountCents)}, {3, 4})},
                {3, 4})
        + facts({{tr("Amount"), formatMoney(i.amountCents)}, {tr("Paid"), formatMoney(i.paidCents)},
                 {tr("Written off"), formatMoney(i.writtenOffCents)}, {tr("Amount due"), formatMoney(i.openCents())}});
}

QString BusinessDocuments::statement(const StatementPaper &p, const CompanyProfile &company)
{
    const auto aging = receivables::age(p.receivables, p.moment);
    QStringList remit;
    for (const QString &l : company.address)
        remit << esc(l);
    QStringList open;
    for (const receivables::Invoice &i : p.receivables.invoices)
        if (i.isOpen())
            open << row({esc(i.shipmentId), day(i.invoicedAt), day(i.dueAt),
                         QString::number(receivables::daysPastDue(i.dueAt, p.moment)), formatMoney(i.amountCents),
                         formatMoney(i.paidCents + i.writtenOffCents), formatMoney(i.openCents())}, {3, 4, 5, 6});
    QStringList ledger;
    for (const LedgerEntry &e : p.ledger)
        ledger << row({day(e.occurredAt), esc(BusinessDocuments::entryWords(e.kind)), esc(e.shipmentId), esc(e.reference), formatMoney(e.amountCents),
                       formatMoney(e.balanceCents)}, {4, 5});
    QStringList agingCells;
    for (qint64 c : aging)
        agingCells << formatMoney(c);
    agingCells << formatMoney(p.receivables.openCents());
    return letterhead(company, title(Kind::Statement), tr("Statement date %1").arg(day(p.moment)))
        + QStringLiteral("<table width=100% cellpadding=6><tr><td width=50%><b>%1</b><br>%2<br>%3</td><td width=50%><b>%4</b><br>%5<br>%6</td></tr></table>")
              .arg(esc(tr("Bill to")), esc(p.account.name), esc(tr("Account %1").arg(p.account.accountId)),
                   esc(tr("Remit to")), esc(company.name), remit.join(QStringLiteral("<br>")))
        + QStringLiteral("<h3>%1</h3>").arg(esc(tr("Aging")))
        + table({tr("Current"), tr("1-30 days"), tr("31-60 days"), tr("61-90 days"), tr("Over 90 days"), tr("Total open")},
                {row(agingCells, {0, 1, 2, 3, 4, 5})}, {0, 1, 2, 3, 4, 5})
        + QStringLiteral("<h3>%1</h3>").arg(esc(tr("Open items")))
        + (open.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No open items.")))
                          : table({tr("Invoice"), tr("Invoiced"), tr("Due"), tr("Days past due"), tr("Amount"), tr("Paid or written off"), tr("Open")},
                                  open, {3, 4, 5, 6}))
        + QStringLiteral("<h3>%1</h3>").arg(esc(tr("Account activity")))
        + table({tr("Date"), tr("Entry"), tr("Shipment"), tr("Reference"), tr("Amount"), tr("Balance")}, ledger, {4, 5});
}

QString BusinessDocuments::agingReport(const std::vector<AgingRow> &rows, qint64 moment, const CompanyProfile &company)
{
    const QList<int> money{2, 3, 4, 5, 6, 7};
    QStringList lines;
    receivables::AgingCents totals{};
    qint64 open = 0;
    for (const AgingRow &r : rows) {
        QStringList cells{esc(r.accountId), esc(r.name)};
        for (int b = 0; b < receivables::agingBucketCount; ++b) {
            cells << formatMoney(r.cents[b]);
            totals[b] += r.cents[b];
        }
        cells << formatMoney(r.openCents);
        open += r.openCents;
        lines << row(cells, money);
    }
    QStringList total{QStringLiteral("<b>%1</b>").arg(esc(tr("Total"))), QString()};
    for (qint64 c : totals)
        total << QStringLiteral("<b>%1</b>").arg(formatMoney(c));
    total << QStringLiteral("<b>%1</b>").arg(formatMoney(open));
    lines << row(total, money);
    return letterhead(company, tr("Aging report"), tr("Open invoices at %1").arg(day(moment)))
        + table({tr("Account"), tr("Name"), tr("Current"), tr("1-30 days"), tr("31-60 days"), tr("61-90 days"), tr("Over 90 days"), tr("Total open")},
                lines, money);
}

QString BusinessDocuments::entryWords(const QString &kind)
{
    if (kind == u"invoice")
        return tr("Invoice");
    if (kind == u"payment")
        return tr("Payment");
    if (kind == u"reversal")
        return tr("Payment reversed");
    if (kind == u"writeoff")
        return tr("Written off");
    return kind;
}

bool BusinessDocuments::render(const QString &html, const CompanyProfile &company, QPagedPaintDevice *device)
{
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    if (!company.logoPath.isEmpty())
        doc.addResource(QTextDocument::ImageResource, QUrl(logoUrl), QImage(company.logoPath));
    QFont font = doc.defaultFont();
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRectF area(QPointF(0, 0), QSizeF(device->width(), device->height()));
    const qreal footer = painter.fontMetrics().height() * 2.5;
    const QSizeF body(area.width(), area.height() - footer);
    doc.setPageSize(body);
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        const QRectF foot(0, area.height() - footer * 0.6, area.width(), footer * 0.6);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, company.name);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    return painter.end();
}

bool BusinessDocuments::writePdf(const QString &html, const QString &title, const CompanyProfile &company,
                                 const QString &path, QString *error)
{
    {
        // QPdfWriter says nothing when it cannot write: ask the file first.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            *error = probe.errorString();
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(96);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Haulstream"));
    if (!render(html, company, &writer)) {
        *error = tr("The document could not be laid out.");
        return false;
    }
    return true;
}

} // namespace hs
