#pragma once

#include <QFileDialog>

namespace hs {

// File dialogs that never open a file they list. Closing any descriptor of the store file
// drops every lock SQLite holds on it in this process, and the platform's dialogs (and Qt's
// own icons and type names) read a file's first bytes to tell its type. These are Qt's
// dialogs, telling types by the name's extension alone.
QFileDialog *makeFileDialog(QWidget *parent, const QString &caption, const QString &path,
                            const QString &filter, QFileDialog::AcceptMode mode);

// Like QFileDialog::getSaveFileName(), through such a dialog.
QString chooseSaveFileName(QWidget *parent, const QString &caption, const QString &path,
                           const QString &filter, bool confirmOverwrite = true);

} // namespace hs
