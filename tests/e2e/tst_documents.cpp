// Business documents from haulctl: each PDF's text read back with pdftotext (poppler-utils).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include "teststore.h"

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString store;

    Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The company profile comes from this test's own settings, not the user's.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    Run haulctl(const QStringList &args, const QByteArray &input = {})
    {
        return run(QStringLiteral(HAULCTL_PATH), QStringList{QStringLiteral("--db"), store} + args, input);
    }
    // The text of a written document, pages `first` to `last` (0: to the end).
    QString pdfText(const QString &pdf, int first = 1, int last = 0)
    {
        QStringList args{QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(first)};
        if (last > 0)
            args << QStringLiteral("-l") << QString::number(last);
        const Run r = run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
        // NFKC: the typesetter's ligatures ("ﬁ") read as the letters they join.
        return QString::fromUtf8(r.out).normalized(QString::NormalizationForm_KC).simplified();
    }
    QString document(const QString &kind, const QString &id, const QStringList &extra = {})
    {
        const QString out = dir.filePath(kind + u'-' + id + QStringLiteral(".pdf"));
        const Run r = haulctl(QStringList{QStringLiteral("document"), kind, id, QStringLiteral("--out"), out} + extra);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.exitCode == 0 ? pdfText(out) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        store = dir.filePath(QStringLiteral("store.db"));
        QVERIFY(QFile::copy(QStringLiteral(HS_TEST_DATA) + QStringLiteral("/release1-store.db"), store));
        QFile::setPermissions(store, QFile::ReadOwner | QFile::WriteOwner);
        // The fixture is the previous release's store: a writer brings it up first.
        QCOMPARE(haulctl({QStringLiteral("rebuild")}).exitCode, 0);
        if (hs::test::onPostgres()) { // the same books on the shared store, moved there as an office would
            const QString shared = hs::test::freshDatabase();
            QCOMPARE(haulctl({QStringLiteral("migrate"), QStringLiteral("--to"), shared}).exitCode, 0);
            store = shared;
        }
        QDir().mkpath(dir.filePath(QStringLiteral("config/Haulstream")));
        QFile ini(dir.filePath(QStringLiteral("config/Haulstream/Haulstream.conf")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[company]\nname=Sandhills Freight Lines\naddress=4 Depot St, \"Broken Bow, NE 68822\"\n");
    }

    void billOfLading()
    {
        const QString t = document(QStringLiteral("bill-of-lading"), QStringLiteral("S-4"));
        for (const char *expected : {"Bill of Lading", "Shipment S-4", "Sandhills Freight Lines", "4 Depot St", "Broken Bow, NE 68822",
                                     "Great Plains Co-op (A-2)", "Prairie Mills", "1 Mill Rd", "Salina, KS 67401", "Dock 4",
                                     "Omaha, NE 68102", "3,000", "$840.00", "T-2", "Shipper", "Carrier (driver)", "Consignee",
                                     "Page 1 of 1"})
            QVERIFY2(t.contains(QLatin1String(expected)), qPrintable(QStringLiteral("%1 not in: %2").arg(QLatin1String(expected), t)));
    }

    void rateConfirmation()
    {
        const QString t = document(QStringLiteral("rate-confirmation"), QStringLiteral("S-5"));
        for (const char *expected : {"Rate Confirmation", "Shipment S-5", "Prairie Mills (A-1)", "Agreed rate", "$224.00", "800",
                                     "not assigned", "For Prairie Mills", "For Sandhills Freight Lines"})
            QVERIFY2(t.contains(QLatin1String(expected)), qPrintable(QStringLiteral("%1 not in: %2").arg(QLatin1String(expected), t)));
    }

    void invoice()
    {
        const QString t = document(QStringLiteral("invoice"), QStringLiteral("S-2"));
        // Delivered 2026-01-21 at 30 days' terms; CHK-1001 paid the older S-1 ($280) first.
        for (const char *expected : {"Invoice S-2", "Bill to", "Prairie Mills", "Account A-1", "Remit to", "Sandhills Freight Lines",
                                     "Invoice date 2026-01-21", "Due date 2026-02-20", "Net 30 days", "$560.00",
                                     "Paid $0.00", "Amount due $560.00"})
            QVERIFY2(t.contains(QLatin1String(expected)), qPrintable(QStringLiteral("%1 not in: %2").arg(QLatin1String(expected), t)));
        const QString s1 = document(QStringLiteral("invoice"), QStringLiteral("S-1"));
        QVERIFY2(s1.contains(QLatin1String("Paid $200.00")) && s1.contains(QLatin1String("Amount due $80.00")), qPrintable(s1));
    }

    void statementWithAging()
    {
        const QString t = document(QStringLiteral("statement"), QStringLiteral("A-1"), {QStringLiteral("--as-of"), QStringLiteral("2026-03-15T00:00:00Z")});
        // As of March 15, 00:00: S-1 (due Feb 5, 15:00) is 37 whole days past due, S-2 (due Feb 20) 22.
        for (const char *expected : {"Statement of Account", "Statement date 2026-03-15", "Bill to", "Remit to", "Account A-1",
                                     "Current", "1-30 days", "31-60 days", "$0.00 $560.00 $80.00 $0.00 $0.00 $640.00",
                                     "S-1 2026-01-06 2026-02-05 37 $280.00 $200.00 $80.00",
                                     "S-2 2026-01-21 2026-02-20 22 $560.00 $0.00 $560.00", "CHK-1001", "Payment", "Page 1 of 1"})
            QVERIFY2(t.contains(QLatin1String(expected)), qPrintable(QStringLiteral("%1 not in: %2").arg(QLatin1String(expected), t)));
    }

    void longStatementRepeatsItsHeadersAndNumbersItsPages()
    {
        QByteArray lines;
        for (int i = 1; i <= 90; ++i)
            lines += QStringLiteral(R"({"commandId":"pay-%1","type":"PostPayment","issuedAt":"2026-03-01T10:%2:00Z","actor":{"user":"fiona","department":"finance"},"data":{"accountId":"A-2","amountCents":%3,"reference":"CHK-%1"}})")
                         .arg(i).arg(i % 60, 2, 10, QLatin1Char('0')).arg(100 + i).toUtf8() + '\n';
        QCOMPARE(haulctl({QStringLiteral("submit")}, lines).exitCode, 0);
        const QString out = dir.filePath(QStringLiteral("long.pdf"));
        QCOMPARE(haulctl({QStringLiteral("document"), QStringLiteral("statement"), QStringLiteral("A-2"), QStringLiteral("--out"), out}).exitCode, 0);
        const QString last = pdfText(out, 2);
        static const QRegularExpression pages(QStringLiteral("Page 2 of (\\d+)"));
        const auto m = pages.match(last);
        QVERIFY2(m.hasMatch(), qPrintable(last));
        QVERIFY(m.captured(1).toInt() >= 2);
        // The ledger's column headers again at the top of the second page.
        QVERIFY2(last.contains(QLatin1String("Date Entry Shipment Reference Amount Balance")), qPrintable(last));
    }

    void unknownIdsExit3AndBadKindsExit2()
    {
        const QString out = dir.filePath(QStringLiteral("x.pdf"));
        QCOMPARE(haulctl({QStringLiteral("document"), QStringLiteral("invoice"), QStringLiteral("S-404"), QStringLiteral("--out"), out}).exitCode, 3);
        QCOMPARE(haulctl({QStringLiteral("document"), QStringLiteral("statement"), QStringLiteral("A-404"), QStringLiteral("--out"), out}).exitCode, 3);
        // Not delivered: no invoice yet.
        QCOMPARE(haulctl({QStringLiteral("document"), QStringLiteral("invoice"), QStringLiteral("S-5"), QStringLiteral("--out"), out}).exitCode, 3);
        QCOMPARE(haulctl({QStringLiteral("document"), QStringLiteral("packing-list"), QStringLiteral("S-1"), QStringLiteral("--out"), out}).exitCode, 2);
        QCOMPARE(haulctl({QStringLiteral("document"), QStringLiteral("invoice"), QStringLiteral("S-1")}).exitCode, 2);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
