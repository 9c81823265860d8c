#pragma once

#include <QAbstractItemView>

class QTableView;

namespace hs {

// How every list of records behaves: whole rows are selected, rows are striped, there are no
// row numbers, and Tab leaves the list in one step (the arrows move inside it).
void setUpRecordView(QAbstractItemView *view, const QString &objectName, QAbstractItemModel *model,
                     QAbstractItemView::SelectionMode mode = QAbstractItemView::SingleSelection);
// Widens the columns set to a fixed width whose title would be cut (German titles run long).
void fitColumnsToTitles(QAbstractItemView *view);
QTableView *makeRecordTable(const QString &objectName, QAbstractItemModel *model = nullptr,
                            QAbstractItemView::SelectionMode mode = QAbstractItemView::SingleSelection);

} // namespace hs
