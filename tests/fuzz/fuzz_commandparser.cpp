// The command parser: no input crashes it, and a command it accepts encodes to a line that
// reads back as the same command (and is itself strict JSON).

#include "fuzzing.h"

#include "codec/commandparser.h"
#include "codec/strictjson.h"

using namespace hs;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    std::vector<QByteArray> seeds;
    fuzzing::businessDays([&](const CommandEnvelope &c, const RecordedEvent *e) {
        if (!e && seeds.size() < 60)
            seeds.push_back(encodeCommandLine(c));
    });
    fuzzing::writeSeeds(seeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray line(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedCommand parsed = parseCommandLine(line);
    HS_FUZZ_REQUIRE(parsed.envelope.has_value() != parsed.rejection.has_value());
    if (!parsed.envelope)
        return 0;
    HS_FUZZ_REQUIRE(!strictjson::check(line));
    const QByteArray encoded = encodeCommandLine(*parsed.envelope);
    HS_FUZZ_REQUIRE(!strictjson::check(encoded));
    const ParsedCommand again = parseCommandLine(encoded);
    HS_FUZZ_REQUIRE(again.envelope.has_value());
    HS_FUZZ_REQUIRE(encodeCommandLine(*again.envelope) == encoded);
    HS_FUZZ_REQUIRE(again.envelope->commandId == parsed.envelope->commandId);
    HS_FUZZ_REQUIRE(again.envelope->issuedAt == parsed.envelope->issuedAt);
    HS_FUZZ_REQUIRE(again.envelope->actor.user == parsed.envelope->actor.user);
    HS_FUZZ_REQUIRE(again.envelope->actor.department == parsed.envelope->actor.department);
    HS_FUZZ_REQUIRE(encodeCommandData(again.envelope->command) == encodeCommandData(parsed.envelope->command));
    return 0;
}
