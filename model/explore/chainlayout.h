#pragma once

#include "chain.h"

#include <QPointF>
#include <QRectF>
#include <vector>

namespace hs {

// Sizes the chain explorer draws with, in scene units.
struct ChainLayoutMetrics
{
    double laneLabelWidth = 130;
    double nodeWidth = 190;
    double nodeHeight = 64;
    double columnGap = 54;
    double rowGap = 16;
    double lanePadding = 18;
};

// Where each part of a chain goes: one lane (row) per department, one column per causal
// depth (the longest path from the first command), nodes of one cell stacked by time, and
// each edge as a polyline from the right side of the cause to the left side of the effect.
struct ChainLayout
{
    struct Lane
    {
        Department department;
        QRectF rect;
    };
    struct Node
    {
        int index = -1; // into ChainGraph::nodes
        int depth = 0;
        int column = 0;
        int lane = 0;
        QRectF rect;
    };
    struct Edge
    {
        int from = -1; // into ChainGraph::nodes
        int to = -1;
        std::vector<QPointF> points;
    };
    std::vector<Lane> lanes;
    std::vector<Node> nodes; // same order as ChainGraph::nodes
    std::vector<Edge> edges;
    int columns = 0;
    QRectF bounds;
};

// The departments in lane order, top to bottom.
std::vector<Department> chainLanes();

ChainLayout layoutChain(const ChainGraph &graph, const ChainLayoutMetrics &metrics = {});

} // namespace hs
