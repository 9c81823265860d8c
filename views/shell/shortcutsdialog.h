#pragma once

#include <QDialog>

class QTableWidget;

namespace hs {

// Help ▸ Keyboard Shortcuts: every key the dashboard answers to, with what it does, in the
// user's language. The window's own actions come from its menus, the panes' keys from here.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<QAction *> &menuActions, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    void addRow(const QKeySequence &keys, const QString &what);

    QTableWidget *m_table;
};

} // namespace hs
