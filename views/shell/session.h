#pragma once

#include "service/storeclient.h"

#include <QObject>
#include <map>
#include <optional>
#include <utility>

namespace hs {

// What the decider would say to each of several actions, by the key each was asked under.
template <typename Key>
class Verdicts
{
public:
    bool asked(const Key &key) const { return answers.count(key) > 0; }
    bool allows(const Key &key) const
    {
        const auto it = answers.find(key);
        return it != answers.end() && !it->second;
    }
    std::optional<Rejection> rejection(const Key &key) const
    {
        const auto it = answers.find(key);
        return it != answers.end() ? it->second : std::nullopt;
    }
    // The refusal in the user's language; empty when the action is allowed or was not asked.
    QString refusal(const Key &key) const
    {
        const auto it = answers.find(key);
        return it != answers.end() && it->second ? refusalWords(*it->second) : QString();
    }
    std::map<Key, std::optional<Rejection>> answers;
};

// A refusal said in the user's language (widgets/messagewords).
QString refusalWords(const Rejection &r);

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

    // Asks the decider about several actions at once; onAnswers gets its verdict on each, by key.
    template <typename Key, typename OnAnswers>
    void explain(QObject *receiver, const std::vector<std::pair<Key, Command>> &actions, OnAnswers onAnswers) const
    {
        std::vector<Key> keys;
        std::vector<CommandEnvelope> drafts;
        for (const auto &[key, command] : actions) {
            keys.push_back(key);
            drafts.push_back(draft(command));
        }
        m_client->explain(receiver, drafts, [keys, onAnswers = std::move(onAnswers)](std::vector<std::optional<Rejection>> answers) {
            Verdicts<Key> verdicts;
            for (size_t i = 0; i < keys.size() && i < answers.size(); ++i)
                verdicts.answers.emplace(keys[i], std::move(answers[i]));
            onAnswers(verdicts);
        });
    }

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
