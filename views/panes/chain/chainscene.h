#pragma once

#include "explore/chainlayout.h"

#include <QGraphicsScene>

namespace hs {

// Draws a laid-out chain: department lanes, commands and events as distinct shapes, and
// arrows from each cause to its effect. Selecting a node reports it.
class ChainScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit ChainScene(QObject *parent = nullptr);
    ~ChainScene() override;

    void setChain(const ChainGraph &graph, const ChainLayout &layout);
    const ChainGraph &graph() const { return m_graph; }
    int nodeItemCount() const { return m_nodeItems; }
    // Selects the node with this id (a command or event id); false when it is not drawn.
    bool selectNode(const QString &id);

    static QColor laneColor(Department d);

Q_SIGNALS:
    void nodeSelected(int index); // -1 when nothing is selected

private:
    void onSelectionChanged();

    ChainGraph m_graph;
    int m_nodeItems = 0;
};

} // namespace hs
