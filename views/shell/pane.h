#pragma once

#include "session.h"

#include <QIcon>
#include <QWidget>

namespace hs {

// One screen of the main window. A pane reloads what it shows in refresh(), which the
// window calls when the store changes, when the shown moment changes, and when it appears.
class Pane : public QWidget
{
    Q_OBJECT
public:
    explicit Pane(Session *session, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    virtual void refresh() = 0;
    // True once the pane shows data from the store (the benchmark waits for it).
    bool hasData() const { return m_hasData; }
    // True while the pane is still working on what it will show (screenshots wait for it).
    virtual bool isBusy() const { return false; }

Q_SIGNALS:
    void dataShown();
    // A short message for the status bar.
    void status(const QString &message);

protected:
    Session *session() const { return m_session; }
    void markDataShown();
    void changeEvent(QEvent *event) override;
    // Re-applies every visible string; called on a language change.
    virtual void retranslateUi() {}

private:
    Session *m_session;
    bool m_hasData = false;
};

} // namespace hs
