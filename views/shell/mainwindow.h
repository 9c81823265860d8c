#pragma once

#include "session.h"
#include "theme.h"

#include <QMainWindow>
#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;
class QLineEdit;
class QComboBox;
class QDockWidget;
class QActionGroup;

namespace hs {

class Pane;
class ShortcutsDialog;
class CommandFeed;
class Language;
class TimeMachineBar;
class ReadOnlyBanner;
class FocusRing;

// The dashboard's window: a sidebar of panes, the command feed, who is working, and a
// status bar that says which store is open and how far it has come.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);

    void addPane(Pane *pane);
    QList<Pane *> panes() const { return m_panes; }
    Pane *currentPane() const;
    TimeMachineBar *timeMachine() const { return m_timeMachine; }
    FocusRing *focusRing() const { return m_focusRing; }
    void showPane(int index);
    // Help ▸ Keyboard Shortcuts: opens the list (deleted on close).
    ShortcutsDialog *showShortcuts();

    // Renders every pane to DIR/<n>-<name>.png, then calls done.
    void screenshotAll(const QString &dir, std::function<void(bool ok)> done);

    void restoreSettings();
    void saveSettings();

    // Without a user to answer dialogs (--screenshot, --exit-when-ready), a store that cannot be
    // opened is reported on standard error and the application exits with 1.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // "en", "de", "es"; false (and English) when that translation is missing.
    bool setLanguage(const QString &code);
    QString language() const;
    void setTheme(theme::Choice choice);
    theme::Choice themeChoice() const { return m_theme; }

Q_SIGNALS:
    void firstDataShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onStoreChanged(qint64 head, qint64 lastOccurredAt);
    void onOpenFailed(const QString &path, const QString &message);
    void chooseStore();
    void chooseSharedStore();
    // The store says who this window may act as: a PostgreSQL login names the user and the
    // departments it holds; an SQLite store lets the user say.
    void applyIdentity(const Identity &identity);
    void refreshVisible();
    void applyActor();
    void buildLanguageMenu();
    void buildThemeMenu();
    void buildHelpMenu();
    void updateTitle();

    Session *m_session;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QList<Pane *> m_panes;
    QSet<Pane *> m_stale;
    CommandFeed *m_feed;
    TimeMachineBar *m_timeMachine;
    ReadOnlyBanner *m_banner;
    FocusRing *m_focusRing;
    QDockWidget *m_feedDock;
    QLineEdit *m_user;
    QComboBox *m_department;
    QLabel *m_storeLabel;
    QLabel *m_eventsLabel;
    QLabel *m_lastEventLabel;
    QLabel *m_whoLabel;
    QMenu *m_fileMenu;
    QMenu *m_viewMenu;
    QMenu *m_languageMenu;
    QMenu *m_themeMenu;
    QMenu *m_helpMenu;
    QAction *m_shortcutsAction;
    QAction *m_aboutAction;
    QActionGroup *m_languageGroup;
    QActionGroup *m_themeGroup;
    Language *m_language;
    theme::Choice m_theme = theme::Choice::System;
    bool m_interactive = true;
    QAction *m_openAction;
    QAction *m_openSharedAction;
    QAction *m_companyAction;
    QAction *m_quitAction;
    qint64 m_head = 0;
    std::optional<qint64> m_lastEvent;
    bool m_announcedData = false;
};

} // namespace hs
