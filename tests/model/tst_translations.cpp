// The German and Spanish translations are complete: they hold exactly the strings the sources
// mark for translation, and every message has a translation that is not a placeholder and keeps
// the source's %1-style arguments. English holds exactly the plural forms ("1 event", "2 events").
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// Each message of a .ts file as "context | source | comment".
QSet<QString> messagesOf(const QString &tsFile)
{
    QSet<QString> out;
    QFile f(tsFile);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context, source, comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"message")
            source.clear(), comment.clear();
        else if (xml.isStartElement() && xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"comment")
            comment = xml.readElementText();
        else if (xml.isEndElement() && xml.name() == u"message")
            out.insert(context + QStringLiteral(" | ") + source + QStringLiteral(" | ") + comment);
    }
    return out;
}

QString listed(const QSet<QString> &messages)
{
    QStringList sorted = messages.values();
    sorted.sort();
    return sorted.mid(0, 20).join(QLatin1Char('\n'));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // lupdate over the same sources as the build, into a fresh file, finds the same messages.
    void matchTheSources_data() { complete_data(); }
    void matchTheSources()
    {
        QFETCH(QString, file);
        QFETCH(bool, pluralOnly);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QFileInfo(file).fileName());
        QStringList arguments{QStringLiteral("@" HS_TRANSLATABLE_SOURCES), QStringLiteral("-ts"), fresh,
                              QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("-silent")};
        if (pluralOnly)
            arguments << QStringLiteral("-pluralonly");
        QProcess lupdate;
        lupdate.start(QStringLiteral(HS_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        const QSet<QString> inSources = messagesOf(fresh), committed = messagesOf(file);
        QVERIFY2(inSources.size() > (pluralOnly ? 10 : 50), qPrintable(QStringLiteral("lupdate found only %1 messages").arg(inSources.size())));
        QVERIFY2((inSources - committed).isEmpty(),
                 qPrintable(QStringLiteral("in the sources but not in %1 (run lupdate and translate them):\n%2").arg(file, listed(inSources - committed))));
        QVERIFY2((committed - inSources).isEmpty(),
                 qPrintable(QStringLiteral("in %1 but no longer in the sources (run lupdate -no-obsolete):\n%2").arg(file, listed(committed - inSources))));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("de") << QStringLiteral(HS_TRANSLATIONS_DIR "/haulstream_de.ts") << false;
        QTest::newRow("es") << QStringLiteral(HS_TRANSLATIONS_DIR "/haulstream_es.ts") << false;
        QTest::newRow("en plurals") << QStringLiteral(HS_TRANSLATIONS_DIR "/haulstream_en.ts") << true;
    }

    void complete()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QStringList problems;
        QString source, translation;
        bool unfinished = false, numerus = false;
        const QRegularExpression arg(QStringLiteral("%(\\d|n)"));
        auto argsOf = [&](const QString &s) {
            QSet<QString> out;
            for (auto it = arg.globalMatch(s); it.hasNext();)
                out.insert(it.next().captured(0));
            return out;
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"message") {
                source.clear();
                translation.clear();
                unfinished = false;
                numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (xml.isStartElement() && xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == u"translation") {
                const auto type = xml.attributes().value(QLatin1String("type"));
                unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
                if (!numerus)
                    translation = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == u"numerusform") {
                translation += xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == u"message") {
                ++messages;
                if (unfinished || translation.trimmed().isEmpty())
                    problems << QStringLiteral("untranslated: %1").arg(source);
                else if (!numerus && argsOf(source) != argsOf(translation))
                    problems << QStringLiteral("arguments differ: %1 -> %2").arg(source, translation);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QFETCH(bool, pluralOnly);
        QVERIFY2(messages > (pluralOnly ? 10 : 50), "the translation file holds too few messages");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
