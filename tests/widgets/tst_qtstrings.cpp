// Qt's own strings (standard buttons, the file dialog) follow the dashboard's language: Debian's
// qt6-translations-l10n, loaded from Qt's translations folder beside the dashboard's own.
#include "shell/language.h"

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

QTEST_MAIN(TestQtStrings)
#include "tst_qtstrings.moc"
