#include "placeholders.h"

namespace hs {

QString fillPlaceholders(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        int n = 0;
        qsizetype end = i + 1;
        while (end < text.size() && end <= i + 2 && text[end].isDigit())
            n = n * 10 + text[end++].digitValue();
        if (c == u'%' && n >= 1 && n <= args.size()) {
            out += args[n - 1];
            i = end - 1;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace hs
