#include "eventcatalogpane.h"
#include "widgets/recordtable.h"

#include "contextmap.h"
#include "eventcatalogmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hs {

EventCatalogPane::EventCatalogPane(Session *session, QWidget *parent) : Pane(session, parent)
{
    setObjectName(QStringLiteral("event-catalog"));
    m_model = new EventCatalogModel(this);
    m_model->setEntries(eventCatalog()); // the registry needs no store; counts follow
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventCatalogModel::RawRole);
    m_table = makeRecordTable(QStringLiteral("catalog-table"), m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EventCatalogModel::Fields, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EventCatalogModel::ConsumedBy, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(EventCatalogModel::ConsumedBy, 260);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_map = new ContextMap;
    m_map->setObjectName(QStringLiteral("context-map"));
    m_map->setCatalog(m_model->entries());
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("catalog-heading"));
    m_heading->setWordWrap(true);
    m_mapHeading = new QLabel;
    m_mapHeading->setObjectName(QStringLiteral("context-map-heading"));

    auto *mapPage = new QWidget;
    auto *mapLayout = new QVBoxLayout(mapPage);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addWidget(m_mapHeading);
    mapLayout->addWidget(m_map, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("catalog-split"));
    split->addWidget(m_table);
    split->addWidget(mapPage);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({380, 420});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(split, 1);
    retranslateUi();
}

void EventCatalogPane::retranslateUi()
{
    m_heading->setText(tr("%n event type(s), generated from the code's registry (model/codec/catalog.cpp) "
                          "and the codec's own field lists; “Stored” counts the events in this store.",
                          nullptr, m_model->rowCount()));
    m_mapHeading->setText(tr("Context map: which context emits each event, and the listeners (dashed) "
                             "and read models that consume it."));
    m_table->setAccessibleName(tr("Event catalog"));
    m_map->setAccessibleName(tr("Context map"));
}

void EventCatalogPane::refresh()
{
    session()->client()->read(this,
                              [](ReadContext &ctx) {
                                  auto catalog = eventCatalog();
                                  countStored(catalog, ctx.db.connection());
                                  return catalog;
                              },
                              [this](std::vector<CatalogEntry> catalog) {
                                  m_model->setEntries(catalog);
                                  m_map->setCatalog(catalog);
                                  markDataShown();
                              });
}

} // namespace hs
