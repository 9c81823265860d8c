#pragma once

#include "readmodel/views.h"

#include <QCoreApplication>
#include <QDate>

namespace hs {

// A customer statement: the ledger between two local dates, with the balance brought forward.
struct Statement
{
    AccountView account;
    QDate from;
    QDate to;
    qint64 openingCents = 0;
    std::vector<LedgerEntry> entries;
    qint64 closingCents = 0;
    // The event chain's head when it was made ("POSITION:HASH"): `haulctl verify --expect` with
    // it later proves the history behind the statement was neither cut short nor rewritten.
    QString anchor;
};

Statement buildStatement(const AccountView &account, const std::vector<LedgerEntry> &ledger, QDate from, QDate to);

// Plain numbers (dollars with a point, ISO dates) so spreadsheets read it as it is.
QString plainDollars(qint64 cents); // -1234.50
QString csvField(const QString &v); // quoted when it holds a comma, a quote or a line break
bool writeStatementCsv(const Statement &s, const QString &path, QString *error);
bool writeStatementPdf(const Statement &s, const QString &path, QString *error);
QString statementHtml(const Statement &s);

} // namespace hs
