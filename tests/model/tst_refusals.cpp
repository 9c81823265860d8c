// A refusal the command log keeps (its code and English message) reads back into the decider's
// reason and arguments, so that the dashboard can say it in the user's language.
#include "domain/rejection.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace hs;

class TestRefusals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyReasonReadsBack_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(refusal::all)); ++i)
            QTest::newRow(refusal::all[i]) << i;
    }
    void everyReasonReadsBack()
    {
        QFETCH(int, index);
        const char *reason = refusal::all[index];
        // Arguments as the deciders give them: ids, words with spaces, amounts, times.
        const QStringList args{QStringLiteral("S-12"), QStringLiteral("customer service"), QStringLiteral("$1,200.00"),
                               QStringLiteral("2026-01-05T08:00:00.000Z"), QStringLiteral("T-3")};
        const Rejection live = makeRejection(RejectionCode::NotFound, reason, args);
        const Rejection logged = rejectionFromLog(u"not_found", live.message, QStringLiteral("data.shipmentId"));
        QCOMPARE(logged.code, RejectionCode::NotFound);
        QCOMPARE(logged.message, live.message);
        QCOMPARE(logged.field, QStringLiteral("data.shipmentId"));
        QVERIFY2(logged.reason && qstrcmp(logged.reason, reason) == 0, logged.reason ? logged.reason : "no reason");
        QCOMPARE(localizedMessage(logged), live.message);
        for (int i = 0; i < logged.args.size(); ++i)
            QCOMPARE(logged.args[i], args[i]);
    }

    // "Truck %1 is out of service." also reads the longer reason's message: the longer one is meant.
    void theReasonWithMoreWordsWins()
    {
        const Rejection r = rejectionFromLog(u"illegal_transition", QStringLiteral("Truck T-2 is already out of service."));
        QCOMPARE(QString::fromUtf8(r.reason), QString::fromUtf8(refusal::truckAlreadyOutOfService));
        QCOMPARE(r.args, QStringList{QStringLiteral("T-2")});
        // A status of several words is one argument.
        const Rejection s = rejectionFromLog(u"illegal_transition", QStringLiteral("Shipment S-1 is out for delivery; only an assigned shipment can be unassigned."));
        QCOMPARE(QString::fromUtf8(s.reason), QString::fromUtf8(refusal::unassignWrongStatus));
        QCOMPARE(s.args, (QStringList{QStringLiteral("S-1"), QStringLiteral("out for delivery")}));
    }

    void aMessageNoReasonReadsStaysAsKept()
    {
        const Rejection r = rejectionFromLog(u"invalid", QStringLiteral("data.weightLb must be a whole number"), QStringLiteral("data.weightLb"));
        QCOMPARE(r.code, RejectionCode::Invalid);
        QVERIFY(!r.reason);
        QCOMPARE(localizedMessage(r), QStringLiteral("data.weightLb must be a whole number"));
        QCOMPARE(rejectionFromLog(u"no_such_code", QStringLiteral("x")).code, RejectionCode::Invalid);
    }

    // Every sentence the deciders can refuse with (the translations list them all) is in the
    // list that reads logged messages back: a reason written outside it would stay English.
    void everyTranslatedReasonIsListed()
    {
        QSet<QString> listed;
        for (const char *reason : refusal::all)
            listed.insert(QString::fromUtf8(reason));
        QFile ts(QStringLiteral(HS_TRANSLATIONS_DIR "/haulstream_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString context;
        QStringList missing;
        int sentences = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == u"source" && context == u"hs::Rejection") {
                const QString source = xml.readElementText();
                if (!source.endsWith(u'.')) // the words used as arguments: "delivered", "dispatch"
                    continue;
                ++sentences;
                if (!listed.contains(source))
                    missing << source;
            }
        }
        QVERIFY(sentences >= int(std::size(refusal::all)));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestRefusals)
#include "tst_refusals.moc"
