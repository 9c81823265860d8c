#include "statementexport.h"

#include <QCoreApplication>

#include "ledgermodel.h"
#include "widgets/money.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace hs {

namespace {


QDate localDay(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(); }

} // namespace

QString plainDollars(qint64 cents)
{
    const qint64 a = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3").arg(cents < 0 ? QStringLiteral("-") : QString()).arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString csvField(const QString &v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n')))
        return v;
    return QLatin1Char('"') + QString(v).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

Statement buildStatement(const AccountView &account, const std::vector<LedgerEntry> &ledger, QDate from, QDate to)
{
    Statement s{account, from, to, 0, {}, 0};
    for (const LedgerEntry &e : ledger) {
        const QDate d = localDay(e.occurredAt);
        if (d < from)
            s.openingCents = e.balanceCents;
        else if (d <= to)
            s.entries.push_back(e);
    }
    s.closingCents = s.entries.empty() ? s.openingCents : s.entries.back().balanceCents;
    return s;
}

bool writeStatementCsv(const Statement &s, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = f.errorString();
        return false;
    }
    QString out = QStringLiteral("account,date,entry,shipment,reference,amount,balance\n");
    out += QStringLiteral("%1,%2,opening balance,,,,%3\n").arg(csvField(s.account.accountId), s.from.toString(Qt::ISODate), plainDollars(s.openingCents));
    for (const LedgerEntry &e : s.entries)
        out += QStringList{csvField(s.account.accountId),
                           QDateTime::fromMSecsSinceEpoch(e.occurredAt).toLocalTime().toString(Qt::ISODate),
                           e.kind, csvField(e.shipmentId), csvField(e.reference),
                           plainDollars(e.amountCents), plainDollars(e.balanceCents)}.join(QLatin1Char(','))
               + QLatin1Char('\n');
    out += QStringLiteral("%1,%2,closing balance,,,,%3\n").arg(csvField(s.account.accountId), s.to.toString(Qt::ISODate), plainDollars(s.closingCents));
    if (!s.anchor.isEmpty())
        out += QStringLiteral("%1,%2,chain anchor,,%3,,\n").arg(csvField(s.account.accountId), s.to.toString(Qt::ISODate), s.anchor);
    f.write(out.toUtf8());
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

QString statementHtml(const Statement &s)
{
    const QLocale l;
    QString rows;
    for (const LedgerEntry &e : s.entries)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td align=right>%5</td><td align=right>%6</td></tr>")
                    .arg(l.toString(QDateTime::fromMSecsSinceEpoch(e.occurredAt).toLocalTime(), QLocale::ShortFormat),
                         LedgerModel::kindWords(e.kind).toHtmlEscaped(), e.shipmentId.toHtmlEscaped(), e.reference.toHtmlEscaped(),
                         formatMoney(e.amountCents), formatMoney(e.balanceCents));
    const QString anchor = s.anchor.isEmpty() ? QString()
        : QStringLiteral("<p><small>%1</small></p>").arg(QCoreApplication::translate("Statement", "Proof of record: %1 (haulctl verify --expect %1)").arg(s.anchor).toHtmlEscaped());
    const QString owes = s.closingCents < 0 ? QCoreApplication::translate("Statement", "Amount due: %1").arg(formatMoney(-s.closingCents))
                                            : QCoreApplication::translate("Statement", "Credit: %1").arg(formatMoney(s.closingCents));
    return QStringLiteral(
               "<h2>Great Plains Trucking</h2><h3>%1</h3><p><b>%2</b> — %3<br>%4</p>"
               "<table width=100% cellspacing=0 cellpadding=4 border=1 style='border-collapse:collapse'>"
               "<tr bgcolor=#eeeeee><th align=left>%5</th><th align=left>%6</th><th align=left>%7</th><th align=left>%8</th><th align=right>%9</th><th align=right>%10</th></tr>"
               "<tr><td colspan=5><i>%11</i></td><td align=right>%12</td></tr>%13"
               "<tr><td colspan=5><b>%14</b></td><td align=right><b>%15</b></td></tr></table><p><b>%16</b></p>%17")
        .arg(QCoreApplication::translate("Statement", "Customer statement"), s.account.accountId.toHtmlEscaped(), s.account.name.toHtmlEscaped(),
             QCoreApplication::translate("Statement", "%1 to %2").arg(l.toString(s.from, QLocale::LongFormat), l.toString(s.to, QLocale::LongFormat)),
             QCoreApplication::translate("Statement", "Date"), QCoreApplication::translate("Statement", "Entry"), QCoreApplication::translate("Statement", "Shipment"), QCoreApplication::translate("Statement", "Reference"), QCoreApplication::translate("Statement", "Amount"), QCoreApplication::translate("Statement", "Balance"))
        .arg(QCoreApplication::translate("Statement", "Balance brought forward"), formatMoney(s.openingCents), rows, QCoreApplication::translate("Statement", "Closing balance"),
             formatMoney(s.closingCents), owes, anchor);
}

bool writeStatementPdf(const Statement &s, const QString &path, QString *error)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = probe.errorString();
        return false;
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setTitle(QCoreApplication::translate("Statement", "Statement for %1").arg(s.account.accountId));
    writer.setCreator(QStringLiteral("Haulstream"));
    writer.setResolution(96);
    QTextDocument doc;
    doc.setHtml(statementHtml(s));
    doc.setPageSize(QSizeF(writer.width(), writer.height()));
    doc.print(&writer);
    return true;
}

} // namespace hs
