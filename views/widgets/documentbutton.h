#pragma once

#include "documents/businessdocuments.h"

#include <QToolButton>
#include <functional>

namespace hs {

class Session;

// A "Documents" button whose menu prints or saves as PDF the business documents of whatever
// is selected. The paperwork is gathered on the reader thread; printing asks QPrintDialog.
class DocumentButton : public QToolButton
{
    Q_OBJECT
public:
    using Kind = BusinessDocuments::Kind;
    DocumentButton(Session *session, QList<Kind> kinds, QWidget *parent = nullptr);

    // What the documents are about: a shipment id or an account id; empty disables the button.
    void setSubject(const QString &id);
    QString subject() const { return m_subject; }

    // Lays the document out for `id` and hands its html to `then` (empty when there is none).
    void compose(Kind kind, const QString &id, std::function<void(const QString &html)> then);
    void printDocument(Kind kind);
    // Saves without asking when `path` is given (tests, scripted use).
    void savePdf(Kind kind, const QString &path = {});

Q_SIGNALS:
    void saved(const QString &path);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Session *m_session;
    QList<Kind> m_kinds;
    QString m_subject;
};

} // namespace hs
