#include "language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>

namespace hs {

QList<Language::Choice> Language::choices()
{
    // Native names are not translated: a reader looks for their own language's name.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

Language::Language(QObject *parent) : QObject(parent) {}

Language::~Language() { removeTranslators(); }

void Language::removeTranslators()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = m_qtInstalled = false;
}

bool Language::apply(const QString &code)
{
    bool known = false;
    for (const Choice &c : choices())
        known = known || c.code == code;
    if (!known)
        return false;
    // Dates and numbers follow the language from the first call on, English too (not the C locale).
    if (code == m_current && m_localeSet)
        return true;
    m_localeSet = true;
    removeTranslators();
    const bool english = code == QLatin1String("en");
    // English has a translation too, of its plural forms only ("1 event", "2 events").
    const bool translated = m_app.load(QStringLiteral(":/i18n/haulstream_%1.qm").arg(code));
    m_current = translated || english ? code : QStringLiteral("en");
    if (!translated && !english)
        m_app.load(QStringLiteral(":/i18n/haulstream_en.qm"));
    // The locale first: installing a translator retranslates every widget, and the date boxes
    // take their display format from the locale while they retranslate.
    QLocale::setDefault(QLocale(m_current == QLatin1String("en") ? QStringLiteral("en_US") : m_current));
    m_appInstalled = !m_app.isEmpty() && QCoreApplication::installTranslator(&m_app);
    // Standard dialogs' buttons; absent when the Qt translations package is not installed.
    m_qtInstalled = m_current != QLatin1String("en")
                    && m_qt.load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                    && QCoreApplication::installTranslator(&m_qt);
    if (!m_appInstalled && !m_qtInstalled && QCoreApplication::instance()) {
        // No translator to install, yet the dates differ from those of the C locale.
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &languageChange);
    }
    Q_EMIT changed(m_current);
    return translated || english;
}

} // namespace hs
