#include "usstates.h"

namespace hs::usstates {

const std::vector<UsState> &all()
{
    static const std::vector<UsState> states{
        {QLatin1StringView("AL"), QLatin1StringView("Alabama")}, {QLatin1StringView("AK"), QLatin1StringView("Alaska")},
        {QLatin1StringView("AZ"), QLatin1StringView("Arizona")}, {QLatin1StringView("AR"), QLatin1StringView("Arkansas")},
        {QLatin1StringView("CA"), QLatin1StringView("California")}, {QLatin1StringView("CO"), QLatin1StringView("Colorado")},
        {QLatin1StringView("CT"), QLatin1StringView("Connecticut")}, {QLatin1StringView("DE"), QLatin1StringView("Delaware")},
        {QLatin1StringView("DC"), QLatin1StringView("District of Columbia")}, {QLatin1StringView("FL"), QLatin1StringView("Florida")},
        {QLatin1StringView("GA"), QLatin1StringView("Georgia")}, {QLatin1StringView("HI"), QLatin1StringView("Hawaii")},
        {QLatin1StringView("ID"), QLatin1StringView("Idaho")}, {QLatin1StringView("IL"), QLatin1StringView("Illinois")},
        {QLatin1StringView("IN"), QLatin1StringView("Indiana")}, {QLatin1StringView("IA"), QLatin1StringView("Iowa")},
        {QLatin1StringView("KS"), QLatin1StringView("Kansas")}, {QLatin1StringView("KY"), QLatin1StringView("Kentucky")},
        {QLatin1StringView("LA"), QLatin1StringView("Louisiana")}, {QLatin1StringView("ME"), QLatin1StringView("Maine")},
        {QLatin1StringView("MD"), QLatin1StringView("Maryland")}, {QLatin1StringView("MA"), QLatin1StringView("Massachusetts")},
        {QLatin1StringView("MI"), QLatin1StringView("Michigan")}, {QLatin1StringView("MN"), QLatin1StringView("Minnesota")},
        {QLatin1StringView("MS"), QLatin1StringView("Mississippi")}, {QLatin1StringView("MO"), QLatin1StringView("Missouri")},
        {QLatin1StringView("MT"), QLatin1StringView("Montana")}, {QLatin1StringView("NE"), QLatin1StringView("Nebraska")},
        {QLatin1StringView("NV"), QLatin1StringView("Nevada")}, {QLatin1StringView("NH"), QLatin1StringView("New Hampshire")},
        {QLatin1StringView("NJ"), QLatin1StringView("New Jersey")}, {QLatin1StringView("NM"), QLatin1StringView("New Mexico")},
        {QLatin1StringView("NY"), QLatin1StringView("New York")}, {QLatin1StringView("NC"), QLatin1StringView("North Carolina")},
        {QLatin1StringView("ND"), QLatin1StringView("North Dakota")}, {QLatin1StringView("OH"), QLatin1StringView("Ohio")},
        {QLatin1StringView("OK"), QLatin1StringView("Oklahoma")}, {QLatin1StringView("OR"), QLatin1StringView("Oregon")},
        {QLatin1StringView("PA"), QLatin1StringView("Pennsylvania")}, {QLatin1StringView("RI"), QLatin1StringView("Rhode Island")},
        {QLatin1StringView("SC"), QLatin1StringView("South Carolina")}, {QLatin1StringView("SD"), QLatin1StringView("South Dakota")},
        {QLatin1StringView("TN"), QLatin1StringView("Tennessee")}, {QLatin1StringView("TX"), QLatin1StringView("Texas")},
        {QLatin1StringView("UT"), QLatin1StringView("Utah")}, {QLatin1StringView("VT"), QLatin1StringView("Vermont")},
        {QLatin1StringView("VA"), QLatin1StringView("Virginia")}, {QLatin1StringView("WA"), QLatin1StringView("Washington")},
        {QLatin1StringView("WV"), QLatin1StringView("West Virginia")}, {QLatin1StringView("WI"), QLatin1StringView("Wisconsin")},
        {QLatin1StringView("WY"), QLatin1StringView("Wyoming")},
        {QLatin1StringView("AS"), QLatin1StringView("American Samoa")}, {QLatin1StringView("GU"), QLatin1StringView("Guam")},
        {QLatin1StringView("MP"), QLatin1StringView("Northern Mariana Islands")}, {QLatin1StringView("PR"), QLatin1StringView("Puerto Rico")},
        {QLatin1StringView("VI"), QLatin1StringView("U.S. Virgin Islands")}, {QLatin1StringView("UM"), QLatin1StringView("U.S. Minor Outlying Islands")},
    };
    return states;
}

bool isCode(QStringView code)
{
    for (const UsState &s : all())
        if (code == s.code)
            return true;
    return false;
}

std::optional<QString> codeFor(QStringView typed)
{
    const QStringView t = typed.trimmed();
    for (const UsState &s : all())
        if (t.compare(s.code, Qt::CaseInsensitive) == 0 || t.compare(s.name, Qt::CaseInsensitive) == 0)
            return QString(s.code);
    return std::nullopt;
}

} // namespace hs::usstates
