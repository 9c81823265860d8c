#pragma once

#include "codec/catalog.h"

#include <QGraphicsView>

namespace hs {

// The context map, drawn from the same registry as the catalog: each bounded context with
// the event types it emits, and an arrow from each type to every listener and read model
// that consumes it.
class ContextMap : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ContextMap(QWidget *parent = nullptr);
    void setCatalog(const std::vector<CatalogEntry> &catalog);
    int arrowCount() const { return m_arrows; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int m_arrows = 0;
};

} // namespace hs
