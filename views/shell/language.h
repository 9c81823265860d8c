#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace hs {

// The dashboard's language, switchable at run time. Installing a translator makes Qt send
// QEvent::LanguageChange to every widget, and each one re-applies its strings.
class Language : public QObject
{
    Q_OBJECT
public:
    struct Choice
    {
        QString code;       // "en", "de", "es"
        QString nativeName; // as speakers of it write it: "Deutsch"
    };
    static QList<Choice> choices();

    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    // Loads ":/i18n/haulstream_<code>.qm" (and Qt's own strings); a missing file leaves English.
    // Returns false when the language is unknown or has no translation yet.
    bool apply(const QString &code);
    QString current() const { return m_current; }

Q_SIGNALS:
    void changed(const QString &code);

private:
    void removeTranslators();
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QString m_current = QStringLiteral("en");
    bool m_localeSet = false;
};

} // namespace hs
