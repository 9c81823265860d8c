#pragma once

#include "shell/pane.h"

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace hs {

class ContextMap;
class EventCatalogModel;

// Every event type the code knows, who makes it and who reads it, and the context map
// drawn from the same registry: generated from the code, never written by hand.
class EventCatalogPane : public Pane
{
    Q_OBJECT
public:
    explicit EventCatalogPane(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Event Catalog"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/catalog.svg")); }
    void refresh() override;

    EventCatalogModel *model() const { return m_model; }
    ContextMap *contextMap() const { return m_map; }

protected:
    void retranslateUi() override;

private:
    EventCatalogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    ContextMap *m_map;
    QLabel *m_heading;
    QLabel *m_mapHeading;
};

} // namespace hs
