// The main window's shell: language and theme switching, remembered settings, and a store
// that cannot be opened when nobody is there to answer a dialog.
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

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
    void themesSwitchPalettes();
    void settingsRemembered();
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
    QCOMPARE(window.menuBar()->actions().last()->text(), QStringLiteral("&Language"));
}

void TestShell::unknownLanguageIsRefused()
{
    Language language;
    QVERIFY(!language.apply(QStringLiteral("tlh")));
    QCOMPARE(language.current(), QStringLiteral("en"));
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
