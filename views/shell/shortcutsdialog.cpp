#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hs {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &menuActions, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table = new QTableWidget(0, 2);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("What it does")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    for (QAction *a : menuActions)
        for (const QKeySequence &keys : a->shortcuts())
            addRow(keys, a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    addRow(QKeySequence::Find, tr("Customer Service, History, What-if: go to the search box"));
    addRow(QKeySequence::Delete, tr("Customer Service: cancel the selected shipment"));
    addRow(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), tr("Dispatch: assign the selected waiting shipment to a truck"));
    addRow(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), tr("Dispatch: ship the selected truck's shipment"));
    addRow(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), tr("Dispatch: deliver the selected truck's shipment"));
    addRow(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), tr("Dispatch: report a breakdown of the selected truck"));
    addRow(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), tr("Dispatch: return the selected truck to service"));
    addRow(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), tr("Dispatch: record a check call for the selected truck's shipment"));
    addRow(QKeySequence(Qt::CTRL | Qt::Key_E), tr("Finance: export the selected account's statement"));
    addRow(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), tr("Finance: set the selected account's credit limit"));
    addRow(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), tr("Finance: place or release the selected account's credit hold"));
    addRow(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), tr("Finance: write off the selected open invoice"));
    addRow(QKeySequence::Refresh, tr("History: reload the events"));
    addRow(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), tr("History: export the filtered events"));
    addRow(QKeySequence(Qt::CTRL | Qt::Key_R), tr("What-if: replay without the chosen commands"));
    addRow(QKeySequence::ZoomIn, tr("Chain explorer: zoom in"));
    addRow(QKeySequence::ZoomOut, tr("Chain explorer: zoom out"));
    addRow(QKeySequence(Qt::Key_F), tr("Chain explorer: fit the chain into view"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the shortcut list"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(620, 520);
}

void ShortcutsDialog::addRow(const QKeySequence &keys, const QString &what)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(keys.toString(QKeySequence::NativeText)));
    m_table->setItem(row, 1, new QTableWidgetItem(what));
}

} // namespace hs
