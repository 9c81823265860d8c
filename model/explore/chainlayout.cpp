#include "chainlayout.h"

#include <algorithm>
#include <map>

namespace hs {

std::vector<Department> chainLanes()
{
    return {Department::CustomerService, Department::Dispatch, Department::Finance, Department::System};
}

ChainLayout layoutChain(const ChainGraph &g, const ChainLayoutMetrics &m)
{
    ChainLayout out;
    const int n = int(g.nodes.size());
    std::vector<std::pair<int, int>> edges;
    for (const ChainEdge &e : g.edges) {
        const int from = g.indexOf(e.from);
        const int to = g.indexOf(e.to);
        if (from >= 0 && to >= 0 && from != to)
            edges.emplace_back(from, to);
    }

    // Longest path from a root; relaxing n times settles any acyclic graph whatever its order.
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
    std::vector<int> depths(depth.begin(), depth.end());
    std::sort(depths.begin(), depths.end());
    depths.erase(std::unique(depths.begin(), depths.end()), depths.end());
    out.columns = int(depths.size());

    const std::vector<Department> lanes = chainLanes();
    auto laneOf = [&](Department d) { return int(std::find(lanes.begin(), lanes.end(), d) - lanes.begin()); };

    // Cells (lane, column) hold their nodes in time order, then causal order.
    std::map<std::pair<int, int>, std::vector<int>> cells;
    out.nodes.resize(n);
    for (int i = 0; i < n; ++i) {
        ChainLayout::Node &node = out.nodes[i];
        node.index = i;
        node.depth = depth[i];
        node.column = int(std::lower_bound(depths.begin(), depths.end(), depth[i]) - depths.begin());
        node.lane = laneOf(g.nodes[i].department);
        cells[{node.lane, node.column}].push_back(i);
    }
    std::vector<int> rowsInLane(lanes.size(), 1);
    std::vector<int> rowOf(n, 0);
    for (auto &[cell, members] : cells) {
        std::stable_sort(members.begin(), members.end(), [&](int a, int b) { return g.nodes[a].at < g.nodes[b].at; });
        for (size_t r = 0; r < members.size(); ++r)
            rowOf[members[r]] = int(r);
        rowsInLane[cell.first] = std::max(rowsInLane[cell.first], int(members.size()));
    }

    const double columnsWidth = out.columns > 0 ? out.columns * (m.nodeWidth + m.columnGap) - m.columnGap : 0;
    const double width = m.laneLabelWidth + m.columnGap / 2 + columnsWidth + m.columnGap / 2;
    double y = 0;
    for (size_t l = 0; l < lanes.size(); ++l) {
        const double h = 2 * m.lanePadding + rowsInLane[l] * m.nodeHeight + (rowsInLane[l] - 1) * m.rowGap;
        out.lanes.push_back({lanes[l], QRectF(0, y, width, h)});
        y += h;
    }
    out.bounds = QRectF(0, 0, width, y);

    for (ChainLayout::Node &node : out.nodes) {
        const double x = m.laneLabelWidth + m.columnGap / 2 + node.column * (m.nodeWidth + m.columnGap);
        const double top = out.lanes[node.lane].rect.top() + m.lanePadding + rowOf[node.index] * (m.nodeHeight + m.rowGap);
        node.rect = QRectF(x, top, m.nodeWidth, m.nodeHeight);
    }

    for (const auto &[from, to] : edges) {
        const QRectF a = out.nodes[from].rect;
        const QRectF b = out.nodes[to].rect;
        ChainLayout::Edge e{from, to, {}};
        if (b.left() > a.right()) {
            const QPointF start(a.right(), a.center().y());
            const QPointF end(b.left(), b.center().y());
            e.points.push_back(start);
            if (!qFuzzyCompare(start.y(), end.y())) {
                // Turn in the gap just before the effect, so edges fanning out share one trunk.
                const double turn = b.left() - m.columnGap / 2;
                e.points.push_back({turn, start.y()});
                e.points.push_back({turn, end.y()});
            }
            e.points.push_back(end);
        } else {
            // Same column (only in a malformed graph): go from the bottom of one to the top of the other.
            e.points.push_back({a.center().x(), a.bottom()});
            e.points.push_back({b.center().x(), b.top()});
        }
        out.edges.push_back(std::move(e));
    }
    return out;
}

} // namespace hs
