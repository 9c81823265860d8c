#pragma once

#include <QFont>

class QLabel;

namespace hs {

// The three sizes of title the dashboard uses, so that every pane reads alike.
enum class HeadingLevel {
    Pane,    // a pane's own title
    Section, // a part of a pane: the selected account, the shipment shown, the quote
    Group,   // a column or list title: bold at the text's size
};

QFont headingFont(QFont base, HeadingLevel level);
// A label set in the heading font of that level.
QLabel *makeHeading(HeadingLevel level, const char *objectName = nullptr);

} // namespace hs
