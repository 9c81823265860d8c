#include "chainscene.h"

#include "../history/eventtext.h"
#include "widgets/messagewords.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace hs {

namespace {


constexpr int nodeIndexKey = 0;

// One command or event. Commands are rounded boxes in their department's colour (red when
// rejected); events are hexagons in amber, so the two read apart even in grey.
class NodeItem : public QGraphicsItem
{
public:
    NodeItem(const ChainNode &node, int index, const QRectF &rect) : m_node(node), m_rect(rect)
    {
        setData(nodeIndexKey, index);
        setFlag(ItemIsSelectable);
        setAcceptHoverEvents(true);
        setCursor(Qt::PointingHandCursor);
        setToolTip(tooltip());
    }

    QRectF boundingRect() const override { return m_rect.adjusted(-4, -4, 4, 4); }

    QPainterPath shape() const override
    {
        QPainterPath p;
        if (isEvent())
            p.addPolygon(hexagon());
        else
            p.addRoundedRect(m_rect, 8, 8);
        return p;
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        const bool rejected = m_node.status == u"rejected";
        QColor fill, border;
        if (isEvent()) {
            fill = QColor(0xff, 0xe8, 0xcc);
            border = QColor(0xd9, 0x48, 0x0f);
        } else if (rejected) {
            fill = QColor(0xf8, 0xd7, 0xda);
            border = QColor(0xb0, 0x2a, 0x37);
        } else {
            fill = QColor(0xdb, 0xe4, 0xff);
            border = QColor(0x36, 0x4f, 0xc7);
        }
        QPen pen(border, isSelected() ? 3.5 : 1.6);
        if (rejected)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(fill);
        if (isEvent())
            painter->drawPolygon(hexagon());
        else
            painter->drawRoundedRect(m_rect, 8, 8);

        const QRectF text = m_rect.adjusted(isEvent() ? 18 : 10, 6, isEvent() ? -18 : -10, -6);
        QFont f = painter->font();
        f.setPointSizeF(10);
        QFont bold = f;
        bold.setBold(true);
        painter->setPen(QColor(0x21, 0x25, 0x29));
        painter->setFont(bold);
        const QFontMetricsF bm(bold);
        painter->drawText(QRectF(text.left(), text.top(), text.width(), bm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          bm.elidedText(title(), Qt::ElideRight, text.width()));
        painter->setFont(f);
        const QFontMetricsF fm(f);
        QStringList lines;
        if (isEvent()) {
            lines << m_node.streamId << QCoreApplication::translate("hs::ChainScene", "position %1").arg(m_node.position);
        } else {
            lines << QStringLiteral("%1 · %2").arg(m_node.actorUser, eventtext::localTime(m_node.at).mid(11, 5));
            if (rejected) {
                painter->setPen(border);
                lines << QCoreApplication::translate("hs::ChainScene", "rejected: %1").arg(words::rejectionCode(m_node.code));
            }
        }
        double y = text.top() + bm.height() + 2;
        for (const QString &l : lines) {
            painter->drawText(QRectF(text.left(), y, text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(l, Qt::ElideRight, text.width()));
            y += fm.height();
        }
    }

private:
    bool isEvent() const { return m_node.kind == ChainNode::Kind::Event; }
    QString title() const { return isEvent() ? words::eventOfType(m_node.type) : words::commandOfType(m_node.type); }
    QPolygonF hexagon() const
    {
        const double d = 12;
        const QRectF r = m_rect;
        return QPolygonF({QPointF(r.left() + d, r.top()), QPointF(r.right() - d, r.top()), QPointF(r.right(), r.center().y()),
                          QPointF(r.right() - d, r.bottom()), QPointF(r.left() + d, r.bottom()), QPointF(r.left(), r.center().y())});
    }
    QString tooltip() const
    {
        if (isEvent())
            return QCoreApplication::translate("hs::ChainScene", "Event %1 on %2\n%3").arg(title(), m_node.streamId, QString::fromUtf8(m_node.data));
        if (m_node.status == u"rejected")
            return QCoreApplication::translate("hs::ChainScene", "Command %1, rejected (%2): %3")
                .arg(title(), words::rejectionCode(m_node.code), words::loggedRefusal(m_node.code, m_node.message));
        return QCoreApplication::translate("hs::ChainScene", "Command %1 by %2, accepted").arg(title(), m_node.actorUser);
    }

    ChainNode m_node;
    QRectF m_rect;
};

} // namespace

ChainScene::ChainScene(QObject *parent) : QGraphicsScene(parent)
{
    connect(this, &QGraphicsScene::selectionChanged, this, &ChainScene::onSelectionChanged);
}

// QGraphicsScene's destructor deletes the items, which changes the selection after this part of
// the object is gone: no slot of it may run then.
ChainScene::~ChainScene()
{
    disconnect(this, &QGraphicsScene::selectionChanged, this, &ChainScene::onSelectionChanged);
}

QColor ChainScene::laneColor(Department d)
{
    switch (d) {
    case Department::CustomerService: return QColor(0xe7, 0xf5, 0xff);
    case Department::Dispatch: return QColor(0xeb, 0xfb, 0xee);
    case Department::Finance: return QColor(0xff, 0xf9, 0xdb);
    case Department::System: return QColor(0xf1, 0xf3, 0xf5);
    }
    return Qt::white;
}

void ChainScene::setChain(const ChainGraph &graph, const ChainLayout &layout)
{
    clear();
    m_graph = graph;
    m_nodeItems = 0;
    const QPen laneBorder(QColor(0xce, 0xd4, 0xda), 1);
    for (const ChainLayout::Lane &lane : layout.lanes) {
        addRect(lane.rect, laneBorder, laneColor(lane.department))->setZValue(-2);
        auto *label = addSimpleText(eventtext::department(lane.department));
        QFont f = label->font();
        f.setBold(true);
        f.setPointSizeF(10);
        label->setFont(f);
        label->setBrush(QColor(0x49, 0x50, 0x57));
        label->setPos(lane.rect.left() + 12, lane.rect.center().y() - label->boundingRect().height() / 2);
    }
    const QPen edgePen(QColor(0x49, 0x50, 0x57), 1.6);
    for (const ChainLayout::Edge &e : layout.edges) {
        if (e.points.size() < 2)
            continue;
        QPainterPath path(e.points.front());
        for (size_t i = 1; i < e.points.size(); ++i)
            path.lineTo(e.points[i]);
        addPath(path, edgePen)->setZValue(-1);
        // An arrowhead at the effect, pointing along the last segment.
        const QPointF tip = e.points.back();
        const QPointF from = e.points[e.points.size() - 2];
        const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
        const double len = 10, spread = M_PI / 7;
        QPolygonF head({tip, tip - QPointF(std::cos(angle - spread) * len, std::sin(angle - spread) * len),
                        tip - QPointF(std::cos(angle + spread) * len, std::sin(angle + spread) * len)});
        addPolygon(head, edgePen, edgePen.color())->setZValue(-1);
    }
    for (const ChainLayout::Node &n : layout.nodes) {
        addItem(new NodeItem(graph.nodes[n.index], n.index, n.rect));
        ++m_nodeItems;
    }
    setSceneRect(layout.bounds.adjusted(-10, -10, 10, 10));
    Q_EMIT nodeSelected(-1);
}

bool ChainScene::selectNode(const QString &id)
{
    const int index = m_graph.indexOf(id);
    for (QGraphicsItem *item : items())
        if (item->flags() & QGraphicsItem::ItemIsSelectable)
            item->setSelected(item->data(nodeIndexKey).toInt() == index && index >= 0);
    return index >= 0;
}

void ChainScene::onSelectionChanged()
{
    const QList<QGraphicsItem *> selected = selectedItems();
    Q_EMIT nodeSelected(selected.isEmpty() ? -1 : selected.first()->data(nodeIndexKey).toInt());
}

} // namespace hs
