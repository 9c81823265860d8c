// The snapshot reader: no bytes crash it or make it allocate beyond what they could hold, and a
// snapshot it accepts is exactly what sealing its state again writes.

#include "fuzzing.h"

#include "store/snapshots.h"

using namespace hs;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    std::vector<QByteArray> seeds;
    for (int rounds : {0, 3, 40}) {
        DomainState state;
        fuzzing::businessDays([](const CommandEnvelope &, const RecordedEvent *) {}, &state, rounds);
        seeds.push_back(state.serialize());
        seeds.push_back(snapshots::seal({state.position(), QByteArray(32, '\x5a'), state.serialize()}));
    }
    fuzzing::writeSeeds(seeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The payload reader alone, as an older snapshot or a forged envelope would reach it.
    if (const std::optional<DomainState> state = DomainState::deserialize(bytes))
        HS_FUZZ_REQUIRE(state->serialize() == bytes);
    QString problem;
    const std::optional<snapshots::Sealed> sealed = snapshots::unseal(bytes, &problem);
    HS_FUZZ_REQUIRE(sealed.has_value() == problem.isEmpty());
    if (!sealed)
        return 0;
    HS_FUZZ_REQUIRE(snapshots::seal(*sealed) == bytes);
    const std::optional<DomainState> state = snapshots::decode(bytes, sealed->position, sealed->eventHash, &problem);
    if (state)
        HS_FUZZ_REQUIRE(snapshots::seal({state->position(), sealed->eventHash, state->serialize()}) == bytes);
    return 0;
}
