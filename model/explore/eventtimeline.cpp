#include "eventtimeline.h"

#include "../util/isotime.h"

namespace hs {

QString timelineLine(const RecordedEvent &e)
{
    return QStringLiteral("%1  v%2  %3  %4  %5")
        .arg(e.streamId)
        .arg(e.version)
        .arg(isotime::format(e.occurredAt), e.type(), QString::fromUtf8(e.data));
}

void StreamTimeline::add(const RecordedEvent &e)
{
    QStringList &l = m_lines[e.streamId];
    if (l.isEmpty())
        m_order.push_back(e.streamId);
    l << timelineLine(e);
}

QStringList StreamTimeline::lines() const
{
    QStringList out;
    for (const QString &s : m_order)
        out += m_lines.at(s);
    return out;
}

QString StreamTimeline::text() const
{
    QString out;
    for (const QString &l : lines())
        out += l + QLatin1Char('\n');
    return out;
}

} // namespace hs
