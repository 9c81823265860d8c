#include "session.h"

#include "widgets/messagewords.h"

namespace hs {

QString refusalWords(const Rejection &r) { return words::refusal(r); }

Session::Session(StoreClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_actor{Identity::osLogin(), Department::CustomerService}
{
}

void Session::setActor(const Actor &actor)
{
    if (actor == m_actor)
        return;
    m_actor = actor;
    Q_EMIT actorChanged();
}

void Session::setAsOfTime(std::optional<qint64> time)
{
    if (time == m_asOf)
        return;
    m_asOf = time;
    Q_EMIT asOfChanged();
}

CommandEnvelope Session::draft(Command command) const { return StoreClient::envelope(std::move(command), m_actor); }

CommandEnvelope Session::submit(Command command)
{
    CommandEnvelope e = draft(std::move(command));
    m_client->submit(e);
    return e;
}

} // namespace hs
