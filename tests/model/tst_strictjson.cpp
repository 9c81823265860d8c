// Strict input: only RFC 8259 JSON in UTF-8 becomes a command, and whatever is stored verifies.

#include "fixtures.h"

#include "codec/commandparser.h"
#include "codec/strictjson.h"
#include "reducer/reducer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hs;

namespace {

// An OpenAccount line whose actor.user, commandId and name are spliced in as raw JSON text.
QByteArray openAccount(const QByteArray &user, const QByteArray &commandId = "\"c-1\"",
                       const QByteArray &name = "\"Prairie Feed\"")
{
    return "{\"commandId\":" + commandId + ",\"type\":\"OpenAccount\",\"issuedAt\":\"2026-01-05T10:15:00Z\","
           "\"actor\":{\"user\":" + user + ",\"department\":\"finance\"},"
           "\"data\":{\"accountId\":\"A-1\",\"name\":" + name + "}}";
}

QByteArray withAmount(const QByteArray &amount)
{
    return "{\"commandId\":\"c-2\",\"type\":\"PostPayment\",\"issuedAt\":\"2026-01-05T10:15:00Z\","
           "\"actor\":{\"user\":\"fran\",\"department\":\"finance\"},"
           "\"data\":{\"accountId\":\"A-1\",\"amountCents\":" + amount + ",\"reference\":\"P-1\"}}";
}

const QByteArray deliveryTruck = "\xF0\x9F\x9A\x9A"; // U+1F69A, DELIVERY TRUCK

} // namespace

class TestStrictJson : public QObject
{
    Q_OBJECT

private slots:
    void rejects_data();
    void rejects();
    void accepts_data();
    void accepts();
    void nestingIsBounded();
    void whatIsStoredVerifies();
};

void TestStrictJson::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("field");

    QTest::newRow("lone high surrogate in actor.user") << openAccount("\"\\ud800\"") << QStringLiteral("actor.user");
    QTest::newRow("lone low surrogate in actor.user") << openAccount("\"a\\udc00\"") << QStringLiteral("actor.user");
    QTest::newRow("high surrogate before a letter") << openAccount("\"\\ud83dx\"") << QStringLiteral("actor.user");
    QTest::newRow("two high surrogates") << openAccount("\"\\ud83d\\ud83d\"") << QStringLiteral("actor.user");
    QTest::newRow("lone surrogate in commandId") << openAccount("\"fran\"", "\"c-\\ud800\"") << QStringLiteral("commandId");
    QTest::newRow("escaped NUL") << openAccount("\"fr\\u0000an\"") << QStringLiteral("actor.user");
    QTest::newRow("raw NUL") << openAccount(QByteArray("\"fr\0an\"", 7)) << QStringLiteral("actor.user");
    QTest::newRow("raw control character") << openAccount("\"fr\x01" "an\"") << QStringLiteral("actor.user");
    QTest::newRow("raw tab") << openAccount("\"fr\tan\"") << QStringLiteral("actor.user");
    QTest::newRow("raw line feed in a name") << openAccount("\"fran\"", "\"c-1\"", "\"Prairie\nFeed\"") << QStringLiteral("data.name");
    QTest::newRow("unknown escape") << openAccount("\"fr\\xan\"") << QStringLiteral("actor.user");
    QTest::newRow("short \\u escape") << openAccount("\"\\u12\"") << QStringLiteral("actor.user");
    QTest::newRow("overlong UTF-8") << openAccount("\"\xC0\xAF\"") << QStringLiteral("actor.user");
    QTest::newRow("UTF-8 of a surrogate") << openAccount("\"\xED\xA0\x80\"") << QStringLiteral("actor.user");
    QTest::newRow("UTF-8 beyond U+10FFFF") << openAccount("\"\xF4\x90\x80\x80\"") << QStringLiteral("actor.user");
    QTest::newRow("truncated UTF-8") << openAccount("\"\xE2\x82\"") << QStringLiteral("actor.user");
    QTest::newRow("Latin-1 byte") << openAccount("\"Jos\xE9\"") << QStringLiteral("actor.user");
    QTest::newRow("number 1.") << withAmount("1.") << QStringLiteral("data.amountCents");
    QTest::newRow("number 01") << withAmount("01") << QStringLiteral("data.amountCents");
    QTest::newRow("number .5") << withAmount(".5") << QStringLiteral("data.amountCents");
    QTest::newRow("number +1") << withAmount("+1") << QStringLiteral("data.amountCents");
    QTest::newRow("number -") << withAmount("-") << QStringLiteral("data.amountCents");
    QTest::newRow("number 1e") << withAmount("1e") << QStringLiteral("data.amountCents");
    QTest::newRow("number 1e+") << withAmount("1e+") << QStringLiteral("data.amountCents");
    QTest::newRow("number 0x10") << withAmount("0x10") << QStringLiteral("data.amountCents");
    QTest::newRow("number NaN") << withAmount("NaN") << QStringLiteral("data.amountCents");
    QTest::newRow("a name given twice") << QByteArray(withAmount("5")).replace("\"amountCents\":5", "\"amountCents\":5,\"amountCents\":500")
                                        << QStringLiteral("data.amountCents");
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + openAccount("\"fran\"") << QString();
    QTest::newRow("single quotes") << QByteArray("{'commandId':'c-1'}") << QString();
    QTest::newRow("trailing comma") << QByteArray(withAmount("5")).replace("}}", ",}}") << QStringLiteral("data");
    QTest::newRow("two objects") << openAccount("\"fran\"") + openAccount("\"fran\"") << QString();
}

void TestStrictJson::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, field);
    const ParsedCommand p = parseCommandLine(input);
    QVERIFY(!p.envelope);
    QVERIFY(p.rejection);
    QCOMPARE(p.rejection->code, RejectionCode::Invalid);
    QCOMPARE(p.rejection->field, field);
    QVERIFY(p.rejection->message.startsWith(QStringLiteral("The line is not valid JSON")));
    QVERIFY(!p.commandId); // nothing of a line that is not JSON is trusted, not even its id
}

void TestStrictJson::accepts_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("user");

    QTest::newRow("escaped surrogate pair") << openAccount("\"\\ud83d\\ude9a\"") << QStringLiteral("\U0001F69A");
    QTest::newRow("raw astral character") << openAccount('"' + deliveryTruck + '"') << QStringLiteral("\U0001F69A");
    QTest::newRow("accents and escapes") << openAccount("\"Jos\xC3\xA9 \\\"J\\\" \\u00e9\\/\"") << QStringLiteral(u"José \"J\" é/");
    QTest::newRow("escaped control character") << openAccount("\"a\\u0001b\\tc\"") << QStringLiteral("a\x01" "b\tc");
    QTest::newRow("whitespace between tokens") << QByteArray(openAccount("\"fran\"")).replace(",", " ,\r\n\t") << QStringLiteral("fran");
}

void TestStrictJson::accepts()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, user);
    const ParsedCommand p = parseCommandLine(input);
    QVERIFY2(!p.rejection, qPrintable(p.rejection ? p.rejection->field + u' ' + p.rejection->message : QString()));
    QCOMPARE(p.envelope->actor.user, user);
}

void TestStrictJson::nestingIsBounded()
{
    QByteArray deep = QByteArray(strictjson::maxDepth, '[') + QByteArray(strictjson::maxDepth, ']');
    QVERIFY(!strictjson::check(deep));
    deep = '[' + deep + ']';
    const auto problem = strictjson::check(deep);
    QVERIFY(problem);
    QCOMPARE(problem->field, QStringLiteral("[0]").repeated(strictjson::maxDepth));
    // Numbers the RFC allows.
    for (const char *n : {"0", "-0", "1.5e10", "-1E-3", "0.0", "123e+4"})
        QVERIFY2(!strictjson::check(n), n);
}

void TestStrictJson::whatIsStoredVerifies()
{
    QTemporaryDir dir;
    StoreError error;
    auto r = Reducer::open(dir.filePath(QStringLiteral("store.db")), &error);
    QVERIFY2(r, qPrintable(error.message));
    std::vector<ParsedCommand> batch;
    batch.push_back(parseCommandLine(openAccount("\"\\ud800\"", "\"c-lone-user\"")));
    batch.push_back(parseCommandLine(openAccount("\"fran\"", "\"c-\\ud800\"")));
    batch.push_back(parseCommandLine(openAccount("\"fran \\ud83d\\ude9a\"", "\"c-astral\"", "\"Fuhrpark " + deliveryTruck + "\"")));
    const Reducer::BatchOutcome out = r->submit(batch);
    QVERIFY(!out.failure);
    QCOMPARE(out.results.size(), size_t(3));
    QVERIFY(out.results[0].rejection && out.results[1].rejection);
    QCOMPARE(out.results[0].rejection->field, QStringLiteral("actor.user"));
    QCOMPARE(out.results[1].rejection->field, QStringLiteral("commandId"));
    QVERIFY(out.results[2].accepted);
    QCOMPARE(r->headPosition(), 1);
    QCOMPARE(r->events().byPosition(1)->actor.user, QStringLiteral("fran \U0001F69A"));
    QCOMPARE(r->state().findAccount(QStringLiteral("A-1"))->name, QStringLiteral("Fuhrpark \U0001F69A"));
    const QStringList problems = r->verify();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
