#include "contextmap.h"

#include "../history/eventtext.h"
#include "widgets/messagewords.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <map>

namespace hs {

namespace {

QColor contextColor(const QString &context)
{
    if (context == u"customer-service")
        return QColor(0x1c, 0x7e, 0xd6);
    if (context == u"dispatch")
        return QColor(0x2f, 0x9e, 0x44);
    if (context == u"finance")
        return QColor(0xe6, 0x77, 0x00);
    return QColor(0x86, 0x8e, 0x96);
}

QGraphicsSimpleTextItem *text(QGraphicsScene *s, const QString &t, const QPointF &at, bool bold = false)
{
    auto *item = s->addSimpleText(t);
    QFont f = item->font();
    f.setPointSizeF(9.5);
    f.setBold(bold);
    item->setFont(f);
    item->setPos(at);
    return item;
}

} // namespace

ContextMap::ContextMap(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setBackgroundBrush(Qt::white);
}

void ContextMap::setCatalog(const std::vector<CatalogEntry> &catalog)
{
    QGraphicsScene *s = scene();
    s->clear();
    m_arrows = 0;
    const double rowH = 24, boxW = 250, consumerX = 620, consumerW = 230, gap = 18;

    // Contexts on the left, in the order their first event type appears in the registry.
    std::vector<QString> contexts;
    std::map<QString, std::vector<const CatalogEntry *>> byContext;
    std::vector<QString> consumers;
    for (const CatalogEntry &e : catalog) {
        if (byContext[e.context].empty())
            contexts.push_back(e.context);
        byContext[e.context].push_back(&e);
        for (const QString &c : e.consumedBy)
            if (std::find(consumers.begin(), consumers.end(), c) == consumers.end())
                consumers.push_back(c);
    }
    // Listeners first, then read models: the policies are what ties contexts together.
    std::stable_partition(consumers.begin(), consumers.end(), [](const QString &c) { return c.startsWith(u"listener:"); });

    std::map<QString, QPointF> eventAnchor;
    std::map<QString, QColor> eventColor;
    double y = 0;
    for (const QString &context : contexts) {
        const auto &events = byContext[context];
        const QColor color = contextColor(context);
        const double h = 34 + events.size() * rowH + 8;
        QColor fill = color;
        fill.setAlpha(28);
        s->addRect(0, y, boxW, h, QPen(color, 2), fill);
        text(s, tr("%1 context").arg(words::context(context)), {10, y + 8}, true)->setBrush(color.darker(130));
        double ry = y + 34;
        for (const CatalogEntry *e : events) {
            s->addRect(10, ry, boxW - 20, rowH - 4, QPen(color.lighter(130)), Qt::white);
            text(s, e->count > 0 ? tr("%1  (%2)").arg(e->type, QLocale().toString(e->count)) : e->type, {16, ry + 3});
            eventAnchor[e->type] = QPointF(boxW - 10, ry + (rowH - 4) / 2);
            eventColor[e->type] = color;
            ry += rowH;
        }
        y += h + gap;
    }
    const double contextsHeight = y - gap;

    // Consumers on the right, spread over the same height.
    const double consumerH = 34;
    const double step = consumers.size() > 1 ? std::max(consumerH + 12, (contextsHeight - consumerH) / (consumers.size() - 1))
                                             : 0;
    std::map<QString, QPointF> consumerAnchor;
    double cy = 0;
    text(s, tr("Consumers: listeners and read models"), {consumerX, -28}, true);
    for (const QString &c : consumers) {
        const bool listener = c.startsWith(u"listener:");
        const QColor color = listener ? QColor(0x70, 0x48, 0xe8) : QColor(0x49, 0x50, 0x57);
        QColor fill = color;
        fill.setAlpha(30);
        auto *box = s->addRect(consumerX, cy, consumerW, consumerH, QPen(color, listener ? 2 : 1.2), fill);
        if (listener)
            box->setPen(QPen(color, 2, Qt::DashLine));
        const QString name = listener ? tr("listener: %1").arg(words::consumer(c)) : tr("read model: %1").arg(words::consumer(c));
        text(s, name, {consumerX + 10, cy + 9}, listener);
        consumerAnchor[c] = QPointF(consumerX, cy + consumerH / 2);
        cy += step;
    }

    for (const CatalogEntry &e : catalog)
        for (const QString &c : e.consumedBy) {
            const QPointF a = eventAnchor[e.type];
            const QPointF b = consumerAnchor[c];
            QPainterPath path(a);
            path.cubicTo(a + QPointF(140, 0), b - QPointF(140, 0), b);
            QColor color = eventColor[e.type];
            color.setAlpha(c.startsWith(u"listener:") ? 230 : 110);
            s->addPath(path, QPen(color, c.startsWith(u"listener:") ? 2.2 : 1.2))->setZValue(-1);
            QPolygonF head({b, b - QPointF(9, 4), b - QPointF(9, -4)});
            s->addPolygon(head, QPen(color), color);
            ++m_arrows;
        }
    s->setSceneRect(s->itemsBoundingRect().adjusted(-10, -10, 10, 10));
    fitInView(s->sceneRect(), Qt::KeepAspectRatio);
}

void ContextMap::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (scene() && !scene()->items().isEmpty())
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
}

} // namespace hs
