#include "documentbutton.h"

#include "readmodel/paperwork.h"
#include "shell/session.h"
#include "util/isotime.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace hs {

DocumentButton::DocumentButton(Session *session, QList<Kind> kinds, QWidget *parent)
    : QToolButton(parent), m_session(session), m_kinds(std::move(kinds))
{
    setObjectName(QStringLiteral("documentsButton"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(new QMenu(this));
    setEnabled(false);
    retranslateUi();
}

void DocumentButton::setSubject(const QString &id)
{
    m_subject = id;
    setEnabled(!id.isEmpty());
}

void DocumentButton::compose(Kind kind, const QString &id, std::function<void(const QString &)> then)
{
    const CompanyProfile company = CompanyProfile::fromSharedSettings();
    const qint64 now = isotime::nowMs();
    m_session->read(this, [kind, id, now, company](ReadContext &ctx, const AsOf *at) -> QString {
        switch (kind) {
        case Kind::BillOfLading:
            if (auto p = shipmentPaper(ctx.queries, id, at))
                return BusinessDocuments::billOfLading(*p, company);
            return {};
        case Kind::RateConfirmation:
            if (auto p = shipmentPaper(ctx.queries, id, at))
                return BusinessDocuments::rateConfirmation(*p, company);
            return {};
        case Kind::Invoice:
            if (auto p = invoicePaper(ctx.queries, id, at))
                return BusinessDocuments::invoice(*p, company);
            return {};
        case Kind::Statement:
            if (auto p = statementPaper(ctx.queries, id, at, at ? at->time : now))
                return BusinessDocuments::statement(*p, company);
            return {};
        }
        return {};
    }, std::move(then));
}

void DocumentButton::printDocument(Kind kind)
{
    const QString id = m_subject;
    compose(kind, id, [this, kind, id](const QString &html) {
        if (html.isEmpty()) {
            Q_EMIT failed(tr("There is no %1 for %2.").arg(BusinessDocuments::title(kind), id));
            return;
        }
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(BusinessDocuments::title(kind) + u' ' + id);
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print %1").arg(BusinessDocuments::title(kind)));
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (!BusinessDocuments::render(html, CompanyProfile::fromSharedSettings(), &printer))
            Q_EMIT failed(tr("The document could not be printed."));
    });
}

void DocumentButton::savePdf(Kind kind, const QString &givenPath)
{
    const QString id = m_subject;
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(QStringLiteral("%1-%2.pdf").arg(BusinessDocuments::kindName(kind), id));
        path = QFileDialog::getSaveFileName(this, tr("Save %1 as PDF").arg(BusinessDocuments::title(kind)), suggested,
                                            tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return;
    }
    compose(kind, id, [this, kind, id, path](const QString &html) {
        QString error;
        if (html.isEmpty())
            error = tr("There is no %1 for %2.").arg(BusinessDocuments::title(kind), id);
        else if (!BusinessDocuments::writePdf(html, BusinessDocuments::title(kind) + u' ' + id, CompanyProfile::fromSharedSettings(), path, &error))
            error = tr("%1 could not be written: %2").arg(path, error);
        if (error.isEmpty())
            Q_EMIT saved(path);
        else
            Q_EMIT failed(error);
    });
}

void DocumentButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolButton::changeEvent(event);
}

void DocumentButton::retranslateUi()
{
    setText(tr("&Documents"));
    setAccessibleName(tr("Print or save documents"));
    setToolTip(tr("Print a document or save it as PDF"));
    QMenu *m = menu();
    m->clear();
    for (Kind kind : m_kinds) {
        const QString title = BusinessDocuments::title(kind);
        QAction *print = m->addAction(tr("Print %1…").arg(title), this, [this, kind] { printDocument(kind); });
        print->setObjectName(QStringLiteral("print-%1").arg(BusinessDocuments::kindName(kind)));
        QAction *save = m->addAction(tr("Save %1 as PDF…").arg(title), this, [this, kind] { savePdf(kind); });
        save->setObjectName(QStringLiteral("save-%1").arg(BusinessDocuments::kindName(kind)));
    }
}

} // namespace hs
