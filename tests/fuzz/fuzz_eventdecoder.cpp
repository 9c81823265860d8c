// The event decoder with its upcasters: any stored type, schema version and data. What it
// decodes encodes to data that decodes, at today's version, to the same event.

#include "fuzzing.h"

#include "codec/catalog.h"
#include "codec/eventcodec.h"

using namespace hs;

namespace {

// The first byte picks the event type, the second the stored schema version; the rest is data.
const QStringList &eventTypes()
{
    static const QStringList types = [] {
        QStringList t;
        for (const CatalogEntry &entry : eventCatalog())
            t << entry.type;
        return t;
    }();
    return types;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    std::vector<QByteArray> seeds;
    QSet<QString> typesSeen;
    fuzzing::businessDays([&](const CommandEnvelope &, const RecordedEvent *e) {
        if (!e || typesSeen.contains(e->type()))
            return;
        typesSeen.insert(e->type());
        QByteArray seed(2, '\0');
        seed[0] = char(eventTypes().indexOf(e->type()));
        seed[1] = char(eventcodec::currentSchemaVersion(e->type()));
        seeds.push_back(seed + eventcodec::encode(e->event));
    });
    // A version 1 pricing rule, in the spreadsheet's dollars.
    QByteArray v1(2, '\0');
    v1[0] = char(eventTypes().indexOf(QStringLiteral("PricingRuleScheduled")));
    v1[1] = 1;
    seeds.push_back(v1 + R"({"ruleId":"R-1","effectiveFrom":"2026-02-01T00:00:00.000Z","dollarsPerLb":"0.31","minimumDollars":"85.5"})");
    fuzzing::writeSeeds(seeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QString type = eventTypes().value(data[0] % (eventTypes().size() + 1), QStringLiteral("NoSuchEvent"));
    const int version = int(data[1] % 4);
    const QByteArray json(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    const std::optional<Event> decoded = eventcodec::decode(type, version, json, 0);
    if (!decoded)
        return 0;
    HS_FUZZ_REQUIRE(eventTypeName(*decoded) == type);
    const QByteArray encoded = eventcodec::encode(*decoded);
    const std::optional<Event> again = eventcodec::decode(type, eventcodec::currentSchemaVersion(type), encoded, 0);
    HS_FUZZ_REQUIRE(again.has_value());
    HS_FUZZ_REQUIRE(eventcodec::encode(*again) == encoded);
    return 0;
}
