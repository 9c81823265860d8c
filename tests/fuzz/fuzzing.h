#pragma once

// Shared by the libFuzzer targets: a property check that stops the run like a crash, and the
// seed inputs each target writes when HAULSTREAM_FUZZ_SEEDS names a folder.

#include "demo/workload.h"
#include "domain/domainstate.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <functional>
#include <cstdlib>

#define HS_FUZZ_REQUIRE(condition)                                                  \
    do {                                                                            \
        if (!(condition)) {                                                         \
            std::fprintf(stderr, "property does not hold: %s\n", #condition);      \
            std::abort();                                                           \
        }                                                                           \
    } while (false)

namespace hs::fuzzing {

// A few days of Great Plains business decided and evolved in memory: every kind of command,
// and a state with shipments in each status, payments, reversals and pricing rules.
inline void businessDays(const std::function<void(const CommandEnvelope &, const RecordedEvent *)> &seen,
                         DomainState *state = nullptr, int rounds = 200)
{
    Workload::Options options;
    options.seed = 7;
    options.startMs = 1767600000000;
    Workload workload(options);
    DomainState local;
    DomainState &s = state ? *state : local;
    qint64 position = 0;
    for (int round = 0; round < rounds; ++round)
        for (const CommandEnvelope &c : workload.nextRound()) {
            const Decision d = s.decide(c);
            seen(c, nullptr);
            for (const Event &event : d.events) {
                RecordedEvent e;
                e.event = event;
                e.position = ++position;
                e.occurredAt = e.recordedAt = c.issuedAt;
                e.commandId = e.causationId = e.correlationId = c.commandId;
                e.actor = c.actor;
                s.evolve(e);
                seen(c, &e);
            }
        }
}

// Writes each seed into the folder named by HAULSTREAM_FUZZ_SEEDS, if set.
inline void writeSeeds(const std::vector<QByteArray> &seeds)
{
    const QString folder = qEnvironmentVariable("HAULSTREAM_FUZZ_SEEDS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    for (size_t i = 0; i < seeds.size(); ++i) {
        QFile f(QDir(folder).filePath(QStringLiteral("seed-%1").arg(i)));
        if (f.open(QIODevice::WriteOnly))
            f.write(seeds[i]);
    }
}

} // namespace hs::fuzzing
