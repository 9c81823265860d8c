#include "filedialog.h"

#include <QFileIconProvider>
#include <QMimeDatabase>

namespace hs {

namespace {

// Icons and type names from the file name only: never by reading the file.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override
    {
        return QFileIconProvider::icon(info.isDir() ? QFileIconProvider::Folder : QFileIconProvider::File);
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::type(info);
        return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
    }
};

} // namespace

QFileDialog *makeFileDialog(QWidget *parent, const QString &caption, const QString &path,
                            const QString &filter, QFileDialog::AcceptMode mode)
{
    auto *dialog = new QFileDialog(parent, caption, path, filter);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(mode);
    auto *icons = new NameOnlyIconProvider;
    dialog->setIconProvider(icons);
    QObject::connect(dialog, &QObject::destroyed, [icons] { delete icons; });
    return dialog;
}

QString chooseSaveFileName(QWidget *parent, const QString &caption, const QString &path,
                           const QString &filter, bool confirmOverwrite)
{
    QFileDialog *dialog = makeFileDialog(parent, caption, path, filter, QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite, !confirmOverwrite);
    const bool chosen = dialog->exec() == QDialog::Accepted && !dialog->selectedFiles().isEmpty();
    const QString file = chosen ? dialog->selectedFiles().constFirst() : QString();
    delete dialog;
    return file;
}

} // namespace hs
