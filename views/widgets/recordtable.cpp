#include "recordtable.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTreeView>

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

void fitColumnsToTitles(QAbstractItemView *view)
{
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(view))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        header = tree->header();
    if (!header || !view->model())
        return;
    const QFontMetrics fm(header->font());
    // Room for the sort arrow and the section's margins beside the words.
    const int chrome = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin) + fm.height() + 8;
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i) || header->sectionResizeMode(i) != QHeaderView::Interactive)
            continue;
        const int needed = fm.horizontalAdvance(view->model()->headerData(i, Qt::Horizontal).toString()) + chrome;
        if (header->sectionSize(i) < needed)
            header->resizeSection(i, needed);
    }
}

QTableView *makeRecordTable(const QString &objectName, QAbstractItemModel *model, QAbstractItemView::SelectionMode mode)
{
    auto *table = new QTableView;
    setUpRecordView(table, objectName, model, mode);
    return table;
}

} // namespace hs
