#include "eventtext.h"
#include "widgets/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace hs::eventtext {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("hs::eventtext", text); }
} // namespace

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString shortDateTimeFormat() { return QLocale().dateTimeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")); }

QString shortDateTime(qint64 ms) { return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), shortDateTimeFormat()); }

QString department(Department d)
{
    switch (d) {
    case Department::CustomerService: return tr("Customer service");
    case Department::Dispatch: return tr("Dispatch");
    case Department::Finance: return tr("Finance");
    case Department::System: return tr("System");
    }
    return {};
}

QString indentedJson(const QByteArray &compact)
{
    const QString in = QString::fromUtf8(compact);
    QString out;
    int depth = 0;
    bool inString = false;
    auto newline = [&] { out += QLatin1Char('\n') + QString(depth * 2, QLatin1Char(' ')); };
    for (int i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        if (inString) {
            out += c;
            if (c == u'\\' && i + 1 < in.size())
                out += in[++i];
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case '"': inString = true; out += c; break;
        case '{':
        case '[':
            out += c;
            if (i + 1 < in.size() && (in[i + 1] == u'}' || in[i + 1] == u']')) {
                out += in[++i];
                break;
            }
            ++depth;
            newline();
            break;
        case '}':
        case ']': --depth; newline(); out += c; break;
        case ',': out += c; newline(); break;
        case ':': out += QStringLiteral(": "); break;
        default: out += c;
        }
    }
    return out;
}

} // namespace hs::eventtext
