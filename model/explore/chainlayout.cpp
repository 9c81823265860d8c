#include "chainlayout.h"

#include <algorithm>
#include <map>

namespace hs {

std::vector<Department> chainLanes()
{
    return {Department::CustomerService, Department::Dispatch, Department::Finance, Department::System};
}

namespace {

using Edges = std::vector<std::pair<int, int>>;

Edges edgesOf(const ChainGraph &g)
{
    Edges edges;
    for (const ChainEdge &e : g.edges) {
        const int from = g.indexOf(e.from);
        const int to = g.indexOf(e.to);
        if (from >= 0 && to >= 0 && from != to)
            edges.emplace_back(from, to);
    }
    return edges;
}

// Longest path from a root; relaxing n times settles any acyclic graph whatever its order.
std::vector<int> causalDepths(int n, const Edges &edges)
{
    std::vector<int> depth(n, 0);
    for (int round = 0; round < n; ++round) {
        bool changed = false;
        for (const auto &[from, to] : edges)
            if (depth[to] < depth[from] + 1 && depth[from] + 1 < n) {
                depth[to] = depth[from] + 1;
                changed = true;
            }
        if (!changed)
            break;
    }
    return depth;
}

// Where each node sits in the grid: its lane, its column (one per distinct depth) and its row
// within its cell; and how many rows each lane needs (at least one).
struct Grid
{
    std::vector<int> rowOf;
    std::vector<int> rowsInLane;
};

Grid placeNodes(const ChainGraph &g, const std::vector<int> &depth, ChainLayout &out)
{
    std::vector<int> depths(depth.begin(), depth.end());
    std::sort(depths.begin(), depths.end());
    depths.erase(std::unique(depths.begin(), depths.end()), depths.end());
    out.columns = int(depths.size());
    const std::vector<Department> lanes = chainLanes();
    // Cells (lane, column) hold their nodes in time order, then causal order.
    std::map<std::pair<int, int>, std::vector<int>> cells;
    const int n = int(g.nodes.size());
    out.nodes.resize(n);
    for (int i = 0; i < n; ++i) {
        ChainLayout::Node &node = out.nodes[i];
        node.index = i;
        node.depth = depth[i];
        node.column = int(std::lower_bound(depths.begin(), depths.end(), depth[i]) - depths.begin());
        node.lane = int(std::find(lanes.begin(), lanes.end(), g.nodes[i].department) - lanes.begin());
        cells[{node.lane, node.column}].push_back(i);
    }
    Grid grid{std::vector<int>(n, 0), std::vector<int>(lanes.size(), 1)};
    for (auto &[cell, members] : cells) {
        std::stable_sort(members.begin(), members.end(), [&](int a, int b) { return g.nodes[a].at < g.nodes[b].at; });
        for (size_t r = 0; r < members.size(); ++r)
            grid.rowOf[members[r]] = int(r);
        grid.rowsInLane[cell.first] = std::max(grid.rowsInLane[cell.first], int(members.size()));
    }
    return grid;
}

// The lanes' rectangles, then each node's rectangle in its lane.
void measure(const Grid &grid, const ChainLayoutMetrics &m, ChainLayout &out)
{
    const std::vector<Department> lanes = chainLanes();
    const double columnsWidth = out.columns > 0 ? out.columns * (m.nodeWidth + m.columnGap) - m.columnGap : 0;
    const double width = m.laneLabelWidth + m.columnGap / 2 + columnsWidth + m.columnGap / 2;
    double y = 0;
    for (size_t l = 0; l < lanes.size(); ++l) {
        const double h = 2 * m.lanePadding + grid.rowsInLane[l] * m.nodeHeight + (grid.rowsInLane[l] - 1) * m.rowGap;
        out.lanes.push_back({lanes[l], QRectF(0, y, width, h)});
        y += h;
    }
    out.bounds = QRectF(0, 0, width, y);
    for (ChainLayout::Node &node : out.nodes) {
        const double x = m.laneLabelWidth + m.columnGap / 2 + node.column * (m.nodeWidth + m.columnGap);
        const double top = out.lanes[node.lane].rect.top() + m.lanePadding + grid.rowOf[node.index] * (m.nodeHeight + m.rowGap);
        node.rect = QRectF(x, top, m.nodeWidth, m.nodeHeight);
    }
}

// From the right side of the cause to the left side of the effect.
std::vector<QPointF> route(const QRectF &a, const QRectF &b, const ChainLayoutMetrics &m)
{
    if (b.left() <= a.right()) // same column (only in a malformed graph): bottom of one to top of the other
        return {{a.center().x(), a.bottom()}, {b.center().x(), b.top()}};
    const QPointF start(a.right(), a.center().y());
    const QPointF end(b.left(), b.center().y());
    if (qFuzzyCompare(start.y(), end.y()))
        return {start, end};
    // Turn in the gap just before the effect, so edges fanning out share one trunk.
    const double turn = b.left() - m.columnGap / 2;
    return {start, {turn, start.y()}, {turn, end.y()}, end};
}

} // namespace

ChainLayout layoutChain(const ChainGraph &g, const ChainLayoutMetrics &m)
{
    ChainLayout out;
    const Edges edges = edgesOf(g);
    measure(placeNodes(g, causalDepths(int(g.nodes.size()), edges), out), m, out);
    for (const auto &[from, to] : edges)
        out.edges.push_back({from, to, route(out.nodes[from].rect, out.nodes[to].rect, m)});
    return out;
}

} // namespace hs
