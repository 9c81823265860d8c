#include "companyprofile.h"

namespace hs {

namespace {
const QString nameKey = QStringLiteral("company/name");
const QString addressKey = QStringLiteral("company/address");
const QString logoKey = QStringLiteral("company/logo");
// haulctl and the dashboard have different application names; the profile is the company's.
const QString organisation = QStringLiteral("Haulstream");
} // namespace

CompanyProfile CompanyProfile::load(const QSettings &s)
{
    CompanyProfile p;
    // A carrier that has not filled in its profile still prints a usable letterhead.
    p.name = s.value(nameKey, QStringLiteral("Great Plains Trucking")).toString();
    p.address = s.value(addressKey, QStringList{QStringLiteral("200 Freight Way"), QStringLiteral("Omaha, NE 68102")}).toStringList();
    p.logoPath = s.value(logoKey).toString();
    return p;
}

void CompanyProfile::save(QSettings &s) const
{
    s.setValue(nameKey, name);
    s.setValue(addressKey, address);
    s.setValue(logoKey, logoPath);
}

CompanyProfile CompanyProfile::fromSharedSettings()
{
    const QSettings s(organisation, organisation);
    return load(s);
}

void CompanyProfile::saveToSharedSettings() const
{
    QSettings s(organisation, organisation);
    save(s);
}

} // namespace hs
