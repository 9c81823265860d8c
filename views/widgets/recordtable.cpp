#include "recordtable.h"

#include <QHeaderView>
#include <QTableView>

namespace hs {

void setUpRecordView(QAbstractItemView *view, const QString &objectName, QAbstractItemModel *model,
                     QAbstractItemView::SelectionMode mode)
{
    view->setObjectName(objectName);
    if (model)
        view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(mode);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    if (auto *table = qobject_cast<QTableView *>(view)) {
        table->setWordWrap(false);
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        table->horizontalHeader()->setHighlightSections(false);
    }
}

QTableView *makeRecordTable(const QString &objectName, QAbstractItemModel *model, QAbstractItemView::SelectionMode mode)
{
    auto *table = new QTableView;
    setUpRecordView(table, objectName, model, mode);
    return table;
}

} // namespace hs
