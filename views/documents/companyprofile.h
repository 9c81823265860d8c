#pragma once

#include <QSettings>
#include <QStringList>

namespace hs {

// The carrier's own name, address and logo, printed on every document. Kept in the settings
// that the dashboard and haulctl share.
struct CompanyProfile
{
    QString name;
    QStringList address; // lines, as they go on an envelope
    QString logoPath;    // an image file; empty for none

    static CompanyProfile load(const QSettings &settings);
    void save(QSettings &settings) const;
    // The profile in the settings of the organisation "Haulstream", whichever program asks.
    static CompanyProfile fromSharedSettings();
    void saveToSharedSettings() const;
};

} // namespace hs
