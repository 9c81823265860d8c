#include "isotime.h"

#include <QDateTime>

namespace hs::isotime {

namespace {

// Howard Hinnant's days-from-civil algorithm: exact for the proleptic Gregorian calendar.
qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(yoe + era * 400) + (m <= 2);
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

class Cursor
{
public:
    explicit Cursor(QStringView s) : m_s(s) {}
    bool atEnd() const { return m_i >= m_s.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_s[m_i]; }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_i;
        return true;
    }
    bool digits(int count, int &value)
    {
        value = 0;
        for (int k = 0; k < count; ++k) {
            if (atEnd() || !m_s[m_i].isDigit() || m_s[m_i].unicode() > '9')
                return false;
            value = value * 10 + (m_s[m_i].unicode() - '0');
            ++m_i;
        }
        return true;
    }
    bool digit(int &value)
    {
        if (atEnd() || m_s[m_i].unicode() < '0' || m_s[m_i].unicode() > '9')
            return false;
        value = m_s[m_i++].unicode() - '0';
        return true;
    }

private:
    QStringView m_s;
    qsizetype m_i = 0;
};

} // namespace

std::optional<qint64> parse(QStringView text)
{
    Cursor c(text);
    int year, month, day, hour, minute, second = 0, millis = 0;
    if (!c.digits(4, year) || !c.take(u'-') || !c.digits(2, month) || !c.take(u'-')
        || !c.digits(2, day))
        return std::nullopt;
    if (!c.take(u'T') && !c.take(u't'))
        return std::nullopt;
    if (!c.digits(2, hour) || !c.take(u':') || !c.digits(2, minute))
        return std::nullopt;
    if (c.take(u':')) {
        if (!c.digits(2, second))
            return std::nullopt;
        if (c.take(u'.') || c.take(u',')) {
            int digit, count = 0;
            while (c.digit(digit)) {
                if (count < 3)
                    millis = millis * 10 + digit;
                ++count;
            }
            if (count == 0)
                return std::nullopt;
            for (int k = count; k < 3; ++k)
                millis *= 10;
        }
    }
    int offsetMinutes = 0;
    if (c.take(u'Z') || c.take(u'z')) {
    } else {
        const QChar sign = c.peek();
        if (sign != u'+' && sign != u'-')
            return std::nullopt; // a zone is required
        c.take(sign);
        int oh, om = 0;
        if (!c.digits(2, oh))
            return std::nullopt;
        if (c.take(u':')) {
            if (!c.digits(2, om))
                return std::nullopt;
        } else if (!c.atEnd() && !c.digits(2, om)) {
            return std::nullopt;
        }
        if (oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = (oh * 60 + om) * (sign == u'-' ? -1 : 1);
    }
    if (!c.atEnd())
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23
        || minute > 59 || second > 59)
        return std::nullopt;
    const qint64 days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    return secs * 1000 + millis;
}

void appendTo(QByteArray &out, qint64 ms)
{
    qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    qint64 rest = ms - days * 86400000;
    int y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    const int h = static_cast<int>(rest / 3600000);
    const int mi = static_cast<int>(rest / 60000 % 60);
    const int s = static_cast<int>(rest / 1000 % 60);
    const int milli = static_cast<int>(rest % 1000);
    if (y < 0 || y > 9999) {
        char buf[40];
        const int n = std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", y, m, d, h, mi, s, milli);
        out.append(buf, n);
        return;
    }
    // Digits put in place: snprintf took most of the time of writing an event out.
    char buf[] = "0000-00-00T00:00:00.000Z";
    const auto digits = [&buf](int at, int width, int value) {
        for (int i = at + width - 1; i >= at; --i, value /= 10)
            buf[i] = char('0' + value % 10);
    };
    digits(0, 4, y);
    digits(5, 2, int(m));
    digits(8, 2, int(d));
    digits(11, 2, h);
    digits(14, 2, mi);
    digits(17, 2, s);
    digits(20, 3, milli);
    out.append(buf, sizeof buf - 1);
}

QString format(qint64 ms)
{
    QByteArray out;
    appendTo(out, ms);
    return QString::fromLatin1(out);
}

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace hs::isotime
