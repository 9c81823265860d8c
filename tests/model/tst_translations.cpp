// The German and Spanish translations are complete: every message has a translation that is
// not a placeholder, and keeps the source's %1-style arguments.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral(HS_TRANSLATIONS_DIR "/haulstream_de.ts");
        QTest::newRow("es") << QStringLiteral(HS_TRANSLATIONS_DIR "/haulstream_es.ts");
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
        QVERIFY2(messages > 50, "the translation file holds too few messages");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
