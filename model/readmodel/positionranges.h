#pragma once

#include <QString>

// Position ranges [lo, hi] searched by "which contain position P" in plain B-tree indexes: a
// relational interval tree (Kriegel, Pötke and Seidl, 2000). Each range is filed under one node
// of a virtual binary tree over the positions 1 .. 2^31 - 1, and P's ranges are among those
// filed under the 31 nodes on the way from the root down to P: O(log n + answer) reads, and
// writing a range costs two index entries instead of an R-tree's node splits.
namespace hs::positionranges {

// A live range's hi: the largest position.
constexpr qint64 openEnd = 2147483647;

// The node a range is filed under: the highest node of the tree that lies within it.
qint64 nodeOf(qint64 lo, qint64 hi);

// The SQL condition that the range of alias (columns node, lo, hi) contains the position
// bound as :p, for the position p.
QString containing(const QString &alias, qint64 p);

} // namespace hs::positionranges
