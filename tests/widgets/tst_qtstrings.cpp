// Qt's own strings (standard buttons, the file dialog) follow the dashboard's language: Debian's
// qt6-translations-l10n, loaded from Qt's translations folder beside the dashboard's own.
#include "domain/domainstate.h"
#include "shell/language.h"
#include "widgets/messagewords.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace hs;

class TestQtStrings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standardButtonsAndFileDialog_data();
    void standardButtonsAndFileDialog();
    void refusalsInTheLanguageWithoutCommandNames_data();
    void refusalsInTheLanguageWithoutCommandNames();
};

void TestQtStrings::standardButtonsAndFileDialog_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("yes");
    QTest::addColumn<QString>("lookIn");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen") << QStringLiteral("&Ja") << QStringLiteral("Suchen in:");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Cancelar") << QStringLiteral("&Sí") << QStringLiteral("Ver en:");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Cancel") << QStringLiteral("&Yes") << QStringLiteral("Look in:");
}

void TestQtStrings::standardButtonsAndFileDialog()
{
    QFETCH(QString, code);
    QFETCH(QString, cancel);
    QFETCH(QString, yes);
    QFETCH(QString, lookIn);
    Language language;
    QVERIFY(language.apply(code));

    QDialogButtonBox buttons(QDialogButtonBox::Yes | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Yes)->text(), yes);

    QFileDialog dialog;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    QStringList labels;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        labels << label->text();
    QVERIFY2(labels.contains(lookIn), qPrintable(labels.join(u", ")));
}

// Issue 13, item 5: what the decider refuses, and the reasons the system writes, in the UI's
// language and without the internal names of command types.
void TestQtStrings::refusalsInTheLanguageWithoutCommandNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("reason");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Solo despacho puede registrar entregas; finanzas no.")
                        << QStringLiteral("Avería del camión T-2: rueda pinchada");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Nur die Abteilung Disposition darf Zustellungen erfassen; die Abteilung Buchhaltung darf das nicht.")
                        << QStringLiteral("Lkw T-2 hat eine Panne: rueda pinchada");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Only dispatch may record deliveries; finance may not.")
                        << QStringLiteral("Truck T-2 broke down: rueda pinchada");
}

void TestQtStrings::refusalsInTheLanguageWithoutCommandNames()
{
    QFETCH(QString, code);
    QFETCH(QString, refusal);
    QFETCH(QString, reason);
    Language language;
    QVERIFY(language.apply(code));
    const auto r = permissionRefusal(QStringLiteral("DeliverShipment"), Department::Finance);
    QVERIFY(r);
    QCOMPARE(words::refusal(*r), refusal);
    QVERIFY(!words::refusal(*r).contains(QStringLiteral("DeliverShipment")));
    // The breakdown listener writes its reason in English into the event; it is said again.
    QCOMPARE(words::reason(QStringLiteral("Truck T-2 broke down: rueda pinchada")), reason);
    QCOMPARE(words::reason(QStringLiteral("customer asked")), QStringLiteral("customer asked"));
}

QTEST_MAIN(TestQtStrings)
#include "tst_qtstrings.moc"
