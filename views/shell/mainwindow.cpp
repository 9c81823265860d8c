#include "mainwindow.h"
#include "focusring.h"

#include "sharedstoredialog.h"
#include "companyprofiledialog.h"

#include "language.h"
#include "shortcutsdialog.h"
#include "pane.h"
#include "timemachine.h"
#include "util/isotime.h"
#include "widgets/commandfeed.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include "widgets/filedialog.h"

#include <QFileDialog>
#include <QStandardItemModel>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <cstdio>

namespace hs {

namespace {
const Department departments[] = {Department::CustomerService, Department::Dispatch, Department::Finance};
}

MainWindow::MainWindow(Session *session, QWidget *parent) : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/haulstream.svg")));

    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("paneSidebar"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFixedWidth(190);
    m_sidebar->setSpacing(2);
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("paneStack"));
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    // While the time machine is in the past, a banner above the panes says so.
    m_banner = new ReadOnlyBanner(session);
    m_focusRing = new FocusRing(this);
    auto *paneColumn = new QVBoxLayout;
    paneColumn->setSpacing(0);
    paneColumn->addWidget(m_banner);
    paneColumn->addWidget(m_stack, 1);
    layout->addLayout(paneColumn, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showPane);

    // Who is working: commands carry this as their actor.
    auto *who = new QToolBar;
    who->setObjectName(QStringLiteral("whoToolBar"));
    who->setMovable(false);
    m_whoLabel = new QLabel;
    m_whoLabel->setObjectName(QStringLiteral("whoLabel"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setMaximumWidth(160);
    m_user->setMaxLength(120);
    m_whoLabel->setBuddy(m_user);
    m_department = new QComboBox;
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents); // each language's longest name whole
    for (int i = 0; i < 3; ++i)
        m_department->addItem(QString(), QVariant::fromValue(static_cast<int>(departments[i])));
    who->addWidget(m_whoLabel);
    who->addWidget(m_user);
    who->addWidget(m_department);
    addToolBar(Qt::TopToolBarArea, who);
    connect(m_user, &QLineEdit::editingFinished, this, &MainWindow::applyActor);
    // An emptied name would send commands from nobody: put the current one back.
    connect(m_user, &QLineEdit::editingFinished, this, [this] {
        if (m_user->text().trimmed().isEmpty())
            m_user->setText(m_session->actor().user);
    });
    connect(m_department, &QComboBox::currentIndexChanged, this, &MainWindow::applyActor);

    m_timeMachine = new TimeMachineBar(session);
    addToolBar(Qt::TopToolBarArea, m_timeMachine);
    connect(m_banner, &ReadOnlyBanner::backToLiveRequested, m_timeMachine, &TimeMachineBar::backToLive);

    m_feed = new CommandFeed(session->client());
    m_feedDock = new QDockWidget;
    m_feedDock->setObjectName(QStringLiteral("commandFeedDock"));
    m_feedDock->setWidget(m_feed);
    addDockWidget(Qt::RightDockWidgetArea, m_feedDock);
    connect(m_feed, &CommandFeed::rejected, this, [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    connect(m_feed, &CommandFeed::accepted, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });

    m_storeLabel = new QLabel;
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_eventsLabel = new QLabel;
    m_eventsLabel->setObjectName(QStringLiteral("eventsLabel"));
    m_lastEventLabel = new QLabel;
    m_lastEventLabel->setObjectName(QStringLiteral("lastEventLabel"));
    statusBar()->addPermanentWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_eventsLabel);
    statusBar()->addPermanentWidget(m_lastEventLabel);

    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseStore);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openSharedAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseSharedStore);
    m_openSharedAction->setObjectName(QStringLiteral("openSharedStoreAction"));
    m_companyAction = m_fileMenu->addAction(QString(), this, [this] {
        CompanyProfileDialog d(CompanyProfile::fromSharedSettings(), this);
        if (d.exec() == QDialog::Accepted)
            d.profile().saveToSharedSettings();
    });
    m_companyAction->setObjectName(QStringLiteral("companyProfileAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_feedDock->toggleViewAction());
    m_language = new Language(this);
    buildThemeMenu();
    m_viewMenu->addSeparator();
    buildLanguageMenu();
    m_viewMenu->addAction(m_timeMachine->toggleViewAction());
    m_viewMenu->addAction(m_timeMachine->backToLiveAction());
    m_viewMenu->addSeparator();
    buildHelpMenu();

    StoreClient *client = session->client();
    connect(client, &StoreClient::opened, this, [this](const QString &path, qint64 head) {
        m_storeLabel->setText(QDir::toNativeSeparators(path));
        m_storeLabel->setToolTip(path);
        // The reader reports the head itself (storeChanged), sometimes before this arrives.
        if (head > 0)
            onStoreChanged(head, 0);
        for (Pane *p : m_panes)
            m_stale.insert(p);
        refreshVisible();
    });
    connect(client, &StoreClient::openFailed, this, &MainWindow::onOpenFailed);
    connect(client, &StoreClient::identityKnown, this, &MainWindow::applyIdentity);
    connect(client, &StoreClient::storeChanged, this, &MainWindow::onStoreChanged);
    connect(client, &StoreClient::waitingForWriter, this, [this](bool waiting, const QString &holders) {
        if (!waiting) {
            statusBar()->clearMessage();
            return;
        }
        statusBar()->showMessage(holders.isEmpty() ? tr("Waiting for another writer to finish…")
                                                   : tr("Waiting for another writer (%1) to finish…").arg(holders));
    });
    connect(client, &StoreClient::storeReopened, this, [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(session, &Session::asOfChanged, this, [this] {
        updateTitle();
        for (Pane *p : m_panes)
            m_stale.insert(p);
        refreshVisible();
    });
    connect(session, &Session::actorChanged, this, [this] {
        const Actor a = m_session->actor();
        if (m_user->text() != a.user)
            m_user->setText(a.user);
        for (int i = 0; i < m_department->count(); ++i)
            if (m_department->itemData(i).toInt() == static_cast<int>(a.department))
                m_department->setCurrentIndex(i);
    });
    m_user->setText(session->actor().user);
    retranslateUi();
    resize(1400, 860);
}

void MainWindow::addPane(Pane *pane)
{
    const int index = m_panes.size();
    m_panes << pane;
    m_stack->addWidget(pane);
    auto *item = new QListWidgetItem(pane->icon(), pane->title());
    m_sidebar->addItem(item);
    // The View menu's action carries Ctrl+1…9, so that the menu shows the key it answers to.
    auto *action = m_viewMenu->addAction(pane->icon(), pane->title(), this, [this, index] { m_sidebar->setCurrentRow(index); });
    action->setData(index);
    action->setObjectName(QStringLiteral("showPane_%1").arg(pane->objectName()));
    if (index < 9) {
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pane->title()).arg(index + 1));
    }
    connect(pane, &Pane::status, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(pane, &Pane::dataShown, this, [this] {
        if (!m_announcedData) {
            m_announcedData = true;
            Q_EMIT firstDataShown();
        }
    });
    m_stale.insert(pane);
    if (index == 0)
        m_sidebar->setCurrentRow(0);
}

Pane *MainWindow::currentPane() const { return qobject_cast<Pane *>(m_stack->currentWidget()); }

void MainWindow::showPane(int index)
{
    if (index < 0 || index >= m_panes.size())
        return;
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
    refreshVisible();
}

void MainWindow::refreshVisible()
{
    Pane *p = currentPane();
    if (!p || !m_session->client()->isOpen())
        return;
    if (m_stale.remove(p))
        p->refresh();
}

void MainWindow::onStoreChanged(qint64 head, qint64 lastOccurredAt)
{
    m_head = head;
    m_timeMachine->onStoreChanged(head);
    if (lastOccurredAt > 0)
        m_lastEvent = lastOccurredAt;
    m_eventsLabel->setText(tr("%n event(s)", nullptr, int(std::min<qint64>(head, INT_MAX))));
    m_lastEventLabel->setText(m_lastEvent ? tr("last %1").arg(QDateTime::fromMSecsSinceEpoch(*m_lastEvent).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) : QString());
    for (Pane *p : m_panes)
        m_stale.insert(p);
    refreshVisible();
}

void MainWindow::updateTitle()
{
    const auto at = m_session->asOfTime();
    setWindowTitle(at ? tr("Haulstream — Great Plains Trucking — as of %1 (read-only)").arg(asOfText(*at))
                      : tr("Haulstream — Great Plains Trucking"));
}

void MainWindow::onOpenFailed(const QString &path, const QString &message)
{
    if (!m_interactive) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("Haulstream could not open %1: %2 The file was not changed.")
                                                   .arg(QDir::toNativeSeparators(path), message)));
        std::fflush(stderr);
        QTimer::singleShot(0, qApp, [] { QApplication::exit(1); });
        return;
    }
    statusBar()->showMessage(tr("Could not open %1").arg(QDir::toNativeSeparators(path)));
    QMessageBox box(this);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Cannot open the store"));
    box.setText(tr("Haulstream could not open %1.").arg(QDir::toNativeSeparators(path)));
    box.setInformativeText(message + QStringLiteral("\n\n") + tr("The file was not changed."));
    QPushButton *other = box.addButton(tr("Open Another Store…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(other))
        chooseStore();
}

void MainWindow::chooseStore()
{
    const QString path = chooseSaveFileName(this, tr("Open or Create a Store"), m_session->client()->path(),
                                            tr("Haulstream stores (*.db *.sqlite);;All files (*)"), false);
    if (!path.isEmpty())
        m_session->client()->open(path);
}

void MainWindow::chooseSharedStore()
{
    SharedStoreDialog dialog(this);
    dialog.setLocation(m_session->client()->path());
    if (dialog.exec() == QDialog::Accepted)
        m_session->client()->open(dialog.location());
}

void MainWindow::applyIdentity(const Identity &identity)
{
    m_user->setReadOnly(!identity.mayActForAnyone);
    auto *items = qobject_cast<QStandardItemModel *>(m_department->model());
    for (int i = 0; i < m_department->count(); ++i) {
        const auto d = static_cast<Department>(m_department->itemData(i).toInt());
        if (items && items->item(i))
            items->item(i)->setEnabled(identity.mayActForAnyone || identity.departments.contains(d));
    }
    if (identity.mayActForAnyone)
        return;
    Department department = m_session->actor().department;
    if (!identity.departments.contains(department) && !identity.departments.isEmpty())
        department = identity.departments.first();
    m_session->setActor(Actor{identity.login, department});
}

void MainWindow::applyActor()
{
    const QString user = m_user->text().trimmed();
    const auto dept = static_cast<Department>(m_department->currentData().toInt());
    m_session->setActor(Actor{user.isEmpty() ? m_session->actor().user : user, dept});
}

void MainWindow::screenshotAll(const QString &dir, std::function<void(bool)> done)
{
    QDir().mkpath(dir);
    auto index = std::make_shared<int>(0);
    auto ok = std::make_shared<bool>(true);
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, dir, done, index, ok, step] {
        if (*index >= m_panes.size()) {
            done(*ok);
            return;
        }
        const int i = (*index)++;
        showPane(i);
        // Let the pane's reads come back and paint (longer work, up to 20 s), then grab the window.
        auto waited = std::make_shared<int>(0);
        auto shoot = std::make_shared<std::function<void()>>();
        *shoot = [this, dir, i, ok, step, waited, shoot] {
            if (m_panes[i]->isBusy() && (*waited += 250) < 20000) {
                QTimer::singleShot(250, this, *shoot);
                return;
            }
            QString name = m_panes[i]->objectName();
            if (name.isEmpty())
                name = QStringLiteral("pane");
            const QString file = QStringLiteral("%1/%2-%3.png").arg(dir).arg(i + 1).arg(name);
            *ok = grab().save(file) && *ok;
            QTimer::singleShot(0, this, *step);
        };
        QTimer::singleShot(1500, this, *shoot);
    };
    (*step)();
}

void MainWindow::restoreSettings()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    const QString user = s.value(QStringLiteral("actor/user"), m_session->actor().user).toString();
    const auto dept = departmentFromName(s.value(QStringLiteral("actor/department")).toString())
                          .value_or(m_session->actor().department);
    m_session->setActor(Actor{user, dept == Department::System ? Department::CustomerService : dept});
    m_user->setText(m_session->actor().user);
    setTheme(theme::choiceFromName(s.value(QStringLiteral("ui/theme")).toString()));
    setLanguage(s.value(QStringLiteral("ui/language"), QStringLiteral("en")).toString());
    showPane(s.value(QStringLiteral("window/pane"), 0).toInt());
}

void MainWindow::saveSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/pane"), m_stack->currentIndex());
    s.setValue(QStringLiteral("actor/user"), m_session->actor().user);
    s.setValue(QStringLiteral("actor/department"), departmentName(m_session->actor().department));
    s.setValue(QStringLiteral("ui/language"), language());
    s.setValue(QStringLiteral("ui/theme"), theme::choiceName(m_theme));
}

void MainWindow::buildHelpMenu()
{
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Haulstream"),
                           tr("<b>Haulstream %1</b><p>The dispatch, customer service and finance desk of a trucking "
                              "company, kept as a history of events.</p>").arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    QList<QAction *> actions;
    const std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                collect(a->menu());
            else if (!a->shortcuts().isEmpty())
                actions << a;
        }
    };
    for (QAction *a : menuBar()->actions())
        if (a->menu())
            collect(a->menu());
    auto *d = new ShortcutsDialog(actions, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
    return d;
}

void MainWindow::buildLanguageMenu()
{
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    for (const Language::Choice &c : Language::choices()) {
        QAction *a = m_languageMenu->addAction(c.nativeName);
        a->setObjectName(QStringLiteral("language_%1").arg(c.code));
        a->setCheckable(true);
        a->setData(c.code);
        a->setChecked(c.code == m_language->current());
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = c.code] { setLanguage(code); });
    }
}

void MainWindow::buildThemeMenu()
{
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->setObjectName(QStringLiteral("themeMenu"));
    m_themeGroup = new QActionGroup(this);
    for (theme::Choice c : {theme::Choice::System, theme::Choice::Light, theme::Choice::Dark}) {
        QAction *a = m_themeMenu->addAction(QString());
        a->setObjectName(QStringLiteral("theme_%1").arg(theme::choiceName(c)));
        a->setCheckable(true);
        a->setData(static_cast<int>(c));
        a->setChecked(c == m_theme);
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, c] { setTheme(c); });
    }
}

bool MainWindow::setLanguage(const QString &code)
{
    const bool ok = m_language->apply(code);
    if (!ok && code != QLatin1String("en"))
        statusBar()->showMessage(tr("No translation for “%1” is installed; the dashboard stays in English.").arg(code), 8000);
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == m_language->current());
    return ok;
}

QString MainWindow::language() const { return m_language->current(); }

void MainWindow::setTheme(theme::Choice choice)
{
    m_theme = choice;
    theme::apply(choice);
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(choice));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    // The desktop switched between light and dark: follow it when asked to.
    if (event->type() == QEvent::ThemeChange && m_theme == theme::Choice::System)
        QTimer::singleShot(0, this, [this] { theme::apply(m_theme); });
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    updateTitle();
    m_whoLabel->setText(tr("&Working as "));
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("your name"));
    m_department->setToolTip(tr("Your department decides which commands you may send."));
    m_user->setToolTip(tr("Your name; every command you send carries it."));
    m_department->setAccessibleName(tr("Department"));
    m_department->setItemText(0, tr("Customer Service"));
    m_department->setItemText(1, tr("Dispatch"));
    m_department->setItemText(2, tr("Finance"));
    m_sidebar->setAccessibleName(tr("Panes"));
    m_stack->setAccessibleName(tr("Current pane"));
    m_feedDock->setWindowTitle(tr("Command Feed"));
    m_feedDock->toggleViewAction()->setText(tr("Command Feed"));
    // The dock never gets narrower than its title and its two buttons (float, close).
    const int titleButtons = 2 * (style()->pixelMetric(QStyle::PM_SmallIconSize) + 2 * style()->pixelMetric(QStyle::PM_DockWidgetTitleBarButtonMargin));
    m_feed->setMinimumWidth(fontMetrics().horizontalAdvance(m_feedDock->windowTitle()) + titleButtons + 24);
    m_storeLabel->setAccessibleName(tr("Store path"));
    m_eventsLabel->setAccessibleName(tr("Number of events"));
    m_lastEventLabel->setAccessibleName(tr("Time of the last event"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_openAction->setText(tr("&Open Store…"));
    m_openSharedAction->setText(tr("Open &Shared Store…"));
    m_companyAction->setText(tr("&Company Profile…"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts…"));
    m_aboutAction->setText(tr("&About Haulstream…"));
    m_themeMenu->setTitle(tr("&Theme"));
    const QString themeNames[] = {tr("Follow the &System"), tr("&Light"), tr("&Dark")};
    for (QAction *a : m_themeGroup->actions())
        a->setText(themeNames[a->data().toInt()]);
    for (int i = 0; i < m_panes.size(); ++i) {
        if (QListWidgetItem *item = m_sidebar->item(i)) {
            item->setText(m_panes[i]->title());
            item->setToolTip(i < 9 ? tr("%1 (Ctrl+%2)").arg(m_panes[i]->title()).arg(i + 1) : m_panes[i]->title());
        }
    }
    for (QAction *a : m_viewMenu->actions())
        if (a->data().isValid() && a->data().toInt() < m_panes.size())
            a->setText(m_panes[a->data().toInt()]->title());
    onStoreChanged(m_head, m_lastEvent.value_or(0));
}

} // namespace hs
