#include "explore/chainlayout.h"
#include "historyfixture.h"
#include "teststore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hs;

class TestChainLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliveryRunsLeftToRightAcrossLanes();
    void siblingsInOneCellDoNotOverlap();
    void depthIsTheLongestPath();
    void emptyGraphHasLanesOnly();
};

namespace {
ChainNode node(const QString &id, ChainNode::Kind kind, Department d, qint64 at, const QString &cause = {})
{
    ChainNode n;
    n.id = id;
    n.kind = kind;
    n.department = d;
    n.at = at;
    n.causeId = cause;
    return n;
}

void checkNoOverlap(const ChainLayout &l)
{
    for (size_t i = 0; i < l.nodes.size(); ++i)
        for (size_t j = i + 1; j < l.nodes.size(); ++j)
            QVERIFY2(!l.nodes[i].rect.intersects(l.nodes[j].rect), qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
}
} // namespace

void TestChainLayout::deliveryRunsLeftToRightAcrossLanes()
{
    QTemporaryDir dir;
    StoreError error;
    auto reducer = Reducer::open(test::storeLocation(dir, QStringLiteral("s.db")), &error);
    QVERIFY(reducer && historyfixture::fill(*reducer));
    ReadModelQueries queries(reducer->database().connection());
    const auto graph = buildChain(reducer->events(), QStringLiteral("c6"));
    QVERIFY(graph);
    QCOMPARE(graph->nodes.size(), 4u); // DeliverShipment, ShipmentDelivered, InvoiceAccount, AccountInvoiced

    const ChainLayout l = layoutChain(*graph);
    QCOMPARE(l.lanes.size(), 4u);
    QCOMPARE(l.columns, 4);
    QCOMPARE(l.edges.size(), 3u);
    for (size_t i = 0; i < l.nodes.size(); ++i) {
        const ChainLayout::Node &n = l.nodes[i];
        QCOMPARE(n.column, int(i)); // a straight causal line
        QCOMPARE(l.lanes[n.lane].department, graph->nodes[i].department);
        QVERIFY(l.lanes[n.lane].rect.contains(n.rect));
        QVERIFY(l.bounds.contains(n.rect));
    }
    QCOMPARE(l.lanes[l.nodes[0].lane].department, Department::Dispatch);
    QCOMPARE(l.lanes[l.nodes[3].lane].department, Department::System);
    for (const ChainLayout::Edge &e : l.edges) {
        QVERIFY(e.points.size() >= 2);
        QCOMPARE(e.points.front(), QPointF(l.nodes[e.from].rect.right(), l.nodes[e.from].rect.center().y()));
        QCOMPARE(e.points.back(), QPointF(l.nodes[e.to].rect.left(), l.nodes[e.to].rect.center().y()));
        for (size_t p = 1; p < e.points.size(); ++p) // orthogonal segments only
            QVERIFY(e.points[p].x() == e.points[p - 1].x() || e.points[p].y() == e.points[p - 1].y());
    }
    // The lane change from dispatch to system turns once.
    QCOMPARE(l.edges[1].points.size(), 4u);
    QCOMPARE(l.edges[0].points.size(), 2u);
    checkNoOverlap(l);
}

void TestChainLayout::siblingsInOneCellDoNotOverlap()
{
    ChainGraph g;
    g.correlationId = QStringLiteral("c");
    g.nodes = {node("c", ChainNode::Kind::Command, Department::Dispatch, 10),
               node("e2", ChainNode::Kind::Event, Department::Dispatch, 12, "c"),
               node("e1", ChainNode::Kind::Event, Department::Dispatch, 11, "c")};
    g.edges = {{"c", "e2"}, {"c", "e1"}};
    const ChainLayout l = layoutChain(g);
    QCOMPARE(l.nodes[1].column, l.nodes[2].column);
    checkNoOverlap(l);
    QVERIFY(l.nodes[2].rect.top() < l.nodes[1].rect.top()); // the earlier one on top
    // The lane grew to hold both; the others stayed one row high.
    QVERIFY(l.lanes[1].rect.height() > l.lanes[0].rect.height());
}

void TestChainLayout::depthIsTheLongestPath()
{
    // a -> b -> c and a -> c: c sits after b, not beside it. Nodes listed out of causal order.
    ChainGraph g;
    g.nodes = {node("c", ChainNode::Kind::Event, Department::Finance, 3, "b"),
               node("a", ChainNode::Kind::Command, Department::Finance, 1),
               node("b", ChainNode::Kind::Command, Department::System, 2, "a")};
    g.edges = {{"a", "b"}, {"b", "c"}, {"a", "c"}, {"a", "missing"}};
    const ChainLayout l = layoutChain(g);
    QCOMPARE(l.nodes[1].depth, 0);
    QCOMPARE(l.nodes[2].depth, 1);
    QCOMPARE(l.nodes[0].depth, 2);
    QCOMPARE(l.edges.size(), 3u);
    QVERIFY(l.nodes[0].rect.left() > l.nodes[2].rect.right());
}

void TestChainLayout::emptyGraphHasLanesOnly()
{
    const ChainLayout l = layoutChain(ChainGraph{});
    QCOMPARE(l.columns, 0);
    QCOMPARE(l.lanes.size(), 4u);
    QVERIFY(l.nodes.empty());
    QVERIFY(l.bounds.height() > 0);
}

QTEST_GUILESS_MAIN(TestChainLayout)
#include "tst_chainlayout.moc"
