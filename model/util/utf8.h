#pragma once

#include <QByteArray>
#include <QStringEncoder>
#include <QStringView>

namespace hs::utf8 {

// Appends text as UTF-8 straight into out, with no temporary QByteArray (Qt's encoder copies
// ASCII, which is nearly everything stored, many characters at a time).
inline QByteArray &append(QByteArray &out, QStringView text)
{
    const qsizetype at = out.size();
    out.resize(at + text.size() * 3);
    QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const char *end = encoder.appendToBuffer(out.data() + at, text);
    out.resize(end - out.constData());
    return out;
}

} // namespace hs::utf8
