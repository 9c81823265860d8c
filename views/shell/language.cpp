#include "language.h"

#include <QCoreApplication>
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
    bool ok = true;
    if (code != QLatin1String("en")) {
        m_appInstalled = m_app.load(QStringLiteral(":/i18n/haulstream_%1.qm").arg(code)) && QCoreApplication::installTranslator(&m_app);
        // Standard dialogs' buttons; absent when the Qt translations package is not installed.
        m_qtInstalled = m_qt.load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                        && QCoreApplication::installTranslator(&m_qt);
        ok = m_appInstalled;
    }
    m_current = ok ? code : QStringLiteral("en");
    QLocale::setDefault(QLocale(m_current == QLatin1String("en") ? QStringLiteral("en_US") : m_current));
    Q_EMIT changed(m_current);
    return ok;
}

} // namespace hs
