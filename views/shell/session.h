#pragma once

#include "service/storeclient.h"

#include <QObject>
#include <optional>

namespace hs {

// What every pane shares: the store, who is working, and which moment is shown.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(StoreClient *client, QObject *parent = nullptr);

    StoreClient *client() const { return m_client; }

    Actor actor() const { return m_actor; }
    void setActor(const Actor &actor);

    // The time machine: empty means live. Panes show that moment, read-only.
    std::optional<qint64> asOfTime() const { return m_asOf; }
    void setAsOfTime(std::optional<qint64> time);
    bool isLive() const { return !m_asOf.has_value(); }

    // Stamps a command with a new id, the time and the actor, and sends it.
    CommandEnvelope submit(Command command);
    // The envelope submit() would send, for asking the decider what it would say.
    CommandEnvelope draft(Command command) const;

    // A read at the shown moment: query(ctx, at) runs on the reader thread with `at` null
    // when live; onResult runs on receiver's thread.
    template <typename Query, typename OnResult>
    void read(QObject *receiver, Query query, OnResult onResult)
    {
        const std::optional<qint64> when = m_asOf;
        m_client->read(receiver, [query = std::move(query), when](ReadContext &ctx) {
            std::optional<AsOf> at;
            if (when)
                at = ctx.queries.resolveAsOf(*when);
            return query(ctx, at ? &*at : nullptr);
        }, std::move(onResult));
    }

Q_SIGNALS:
    void actorChanged();
    void asOfChanged();

private:
    StoreClient *m_client;
    Actor m_actor;
    std::optional<qint64> m_asOf;
};

} // namespace hs
