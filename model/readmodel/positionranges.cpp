#include "positionranges.h"

#include <QStringList>

namespace hs::positionranges {

namespace {

constexpr qint64 root = qint64(1) << 30;

QString list(const QStringList &nodes)
{
    return nodes.isEmpty() ? QStringLiteral("NULL") : nodes.join(u',');
}

} // namespace

qint64 nodeOf(qint64 lo, qint64 hi)
{
    qint64 node = root;
    for (qint64 step = root / 2; step > 0 && (hi < node || node < lo); step /= 2)
        node += hi < node ? -step : step;
    return node;
}

QString containing(const QString &alias, qint64 p)
{
    // On the way down to p: a node right of p holds ranges that reach past p (they contain
    // their node), so they contain p if they start by it; a node left of p, those that end after it.
    QStringList right, left;
    qint64 node = root;
    for (qint64 step = root / 2; node != p; step /= 2) {
        (p < node ? right : left) << QString::number(node);
        if (step == 0)
            break;
        node += p < node ? -step : step;
    }
    if (node == p)
        right << QString::number(node);
    return QStringLiteral("((%1.node IN (%2) AND %1.lo <= :p) OR (%1.node IN (%3) AND %1.hi >= :p))")
        .arg(alias, list(right), list(left));
}

} // namespace hs::positionranges
