#include "heading.h"

#include <QLabel>

namespace hs {

QFont headingFont(QFont base, HeadingLevel level)
{
    base.setBold(true);
    switch (level) {
    case HeadingLevel::Pane: base.setPointSizeF(base.pointSizeF() * 1.5); break;
    case HeadingLevel::Section: base.setPointSizeF(base.pointSizeF() * 1.25); break;
    case HeadingLevel::Group: break;
    }
    return base;
}

QLabel *makeHeading(HeadingLevel level, const char *objectName)
{
    auto *label = new QLabel;
    if (objectName)
        label->setObjectName(QLatin1String(objectName));
    label->setFont(headingFont(label->font(), level));
    return label;
}

} // namespace hs
