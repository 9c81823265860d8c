// The main window's shell: language and theme switching, remembered settings, and a store
// that cannot be opened when nobody is there to answer a dialog.
#include "panes/customerservice/customerservicepane.h"
#include "panes/history/eventhistorypane.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/pane.h"
#include "shell/shortcutsdialog.h"
#include "shell/theme.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTableWidget>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

namespace {
// A pane that shows nothing: the shell's menus and keys are what is under test.
class BlankPane : public Pane
{
public:
    BlankPane(Session *session, QString title) : Pane(session), m_title(std::move(title)) { setObjectName(m_title); }
    QString title() const override { return m_title; }
    QIcon icon() const override { return {}; }
    void refresh() override {}

private:
    QString m_title;
};
} // namespace

class TestShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void missingTranslationLeavesEnglish();
    void unknownLanguageIsRefused();
    void dateBoxesFollowTheLanguage();
    void themesSwitchPalettes();
    void settingsRemembered();
    void menusShowAndListEveryShortcut();
    void headlessOpenFailureExitsWithoutTouchingTheFile_data();
    void headlessOpenFailureExitsWithoutTouchingTheFile();
};

void TestShell::missingTranslationLeavesEnglish()
{
    StoreClient client;
    Session session(&client);
    MainWindow window(&session);
    const bool haveGerman = QFile::exists(QStringLiteral(":/i18n/haulstream_de.qm"));
    QCOMPARE(window.setLanguage(QStringLiteral("de")), haveGerman);
    QCOMPARE(window.language(), haveGerman ? QStringLiteral("de") : QStringLiteral("en"));
    auto *checked = window.findChild<QAction *>(haveGerman ? QStringLiteral("language_de") : QStringLiteral("language_en"));
    QVERIFY(checked && checked->isChecked());
    QVERIFY(window.setLanguage(QStringLiteral("en")));
    QCOMPARE(window.findChild<QMenu *>(QStringLiteral("languageMenu"))->title(), QStringLiteral("&Language"));
}

void TestShell::unknownLanguageIsRefused()
{
    Language language;
    QVERIFY(!language.apply(QStringLiteral("tlh")));
    QCOMPARE(language.current(), QStringLiteral("en"));
}

// The date boxes are made before the language is chosen, under the C locale ("23 Nov 2026
// 07:20"); each language, English included, gives them its own short form.
void TestShell::dateBoxesFollowTheLanguage()
{
    QLocale::setDefault(QLocale::c());
    StoreClient client;
    Session session(&client);
    MainWindow window(&session);
    auto *history = new EventHistoryPane(&session);
    auto *intake = new CustomerServicePane(&session);
    window.addPane(history);
    window.addPane(intake);
    const QList<QDateTimeEdit *> boxes = history->findChildren<QDateTimeEdit *>() + intake->findChildren<QDateTimeEdit *>();
    QCOMPARE(boxes.size(), 4);
    const QStringList codes = QFile::exists(QStringLiteral(":/i18n/haulstream_de.qm")) ? QStringList{u"en"_qs, u"de"_qs, u"es"_qs}
                                                                                        : QStringList{u"en"_qs};
    for (const QString &code : codes) {
        QVERIFY(window.setLanguage(code));
        const QString expected = QLocale(code == u"en" ? u"en_US"_qs : code).dateTimeFormat(QLocale::ShortFormat).remove(u":ss"_qs);
        QVERIFY(expected != QLocale::c().dateTimeFormat(QLocale::ShortFormat).remove(u":ss"_qs));
        for (QDateTimeEdit *box : boxes)
            QTRY_COMPARE(box->displayFormat(), expected);
    }
    QVERIFY(window.setLanguage(u"en"_qs));
}

void TestShell::themesSwitchPalettes()
{
    StoreClient client;
    Session session(&client);
    MainWindow window(&session);
    window.setTheme(theme::Choice::Dark);
    QVERIFY(theme::isDark(QApplication::palette()));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("theme_dark"))->isChecked());
    window.setTheme(theme::Choice::Light);
    QVERIFY(!theme::isDark(QApplication::palette()));
    // The offscreen platform's palette is light, so following the system gives light.
    window.setTheme(theme::Choice::System);
    QVERIFY(!theme::isDark(QApplication::palette()));
}

void TestShell::settingsRemembered()
{
    {
        StoreClient client;
        Session session(&client);
        MainWindow window(&session);
        window.setTheme(theme::Choice::Dark);
        session.setActor(Actor{QStringLiteral("dan"), Department::Dispatch});
        window.saveSettings();
    }
    StoreClient client;
    Session session(&client);
    MainWindow window(&session);
    window.restoreSettings();
    QCOMPARE(window.themeChoice(), theme::Choice::Dark);
    QCOMPARE(session.actor().user, QStringLiteral("dan"));
    QCOMPARE(session.actor().department, Department::Dispatch);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    window.setTheme(theme::Choice::System);
}

void TestShell::menusShowAndListEveryShortcut()
{
    StoreClient client;
    Session session(&client);
    MainWindow window(&session);
    window.addPane(new BlankPane(&session, QStringLiteral("first")));
    window.addPane(new BlankPane(&session, QStringLiteral("second")));
    // The View menu shows the keys that switch panes, and they work from the keyboard.
    auto *second = window.findChild<QAction *>(QStringLiteral("showPane_second"));
    QVERIFY(second);
    QCOMPARE(second->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("showPane_first"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.panes().indexOf(static_cast<Pane *>(window.findChild<QStackedWidget *>(QStringLiteral("paneStack"))->currentWidget())), 1);

    // Help is the last menu, with the shortcut list and About.
    auto *help = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QCOMPARE(window.menuBar()->actions().last(), help->menuAction());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutAction")));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("aboutAction"))->text().isEmpty());

    ShortcutsDialog *list = window.showShortcuts();
    QVERIFY(list->isVisible());
    QStringList keys;
    for (int r = 0; r < list->table()->rowCount(); ++r)
        keys << list->table()->item(r, 0)->text();
    // Every key a menu action carries, and the ones the dispatch tooltips announce.
    QList<QKeySequence> expected{QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_2), QKeySequence::Open,
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)};
    for (QAction *a : window.findChildren<QAction *>())
        expected += a->shortcuts();
    for (const QKeySequence &k : expected)
        QVERIFY2(keys.contains(k.toString(QKeySequence::NativeText)), qPrintable(k.toString()));
    QVERIFY(!list->table()->accessibleName().isEmpty());
    if (qEnvironmentVariableIsSet("HS_TEST_SHOTS")) {
        list->grab().save(qEnvironmentVariable("HS_TEST_SHOTS") + QStringLiteral("/shortcuts.png"));
        help->popup(window.mapToGlobal(QPoint(200, 20)));
        window.grab().save(qEnvironmentVariable("HS_TEST_SHOTS") + QStringLiteral("/window.png"));
        help->grab().save(qEnvironmentVariable("HS_TEST_SHOTS") + QStringLiteral("/help-menu.png"));
        help->close();
    }
    list->close();
}

void TestShell::headlessOpenFailureExitsWithoutTouchingTheFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("option");
    QTest::newRow("text file, --screenshot") << QByteArray("not a database\n") << QStringLiteral("--screenshot");
    QTest::newRow("text file, --exit-when-ready") << QByteArray("not a database\n") << QStringLiteral("--exit-when-ready");
}

void TestShell::headlessOpenFailureExitsWithoutTouchingTheFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, option);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QStringList args{QStringLiteral("--db"), path, option};
    if (option == QLatin1String("--screenshot"))
        args << dir.filePath(QStringLiteral("shots"));
    QProcess app;
    app.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    app.start(QStringLiteral(HAULSTREAM_BINARY), args);
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY2(app.readAllStandardError().contains("not a Haulstream store"), "the reason goes to standard error");
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.db")}); // no -wal, no -shm
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
