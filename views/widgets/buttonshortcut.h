#pragma once

#include <QKeySequence>

class QAbstractButton;

namespace hs {

// Gives a button a second key besides its mnemonic: QAbstractButton::setText replaces a shortcut
// set with setShortcut by the "&" mnemonic, so the announced Ctrl+Shift keys would do nothing.
// The key clicks the button while it is visible and enabled.
void addButtonShortcut(QAbstractButton *button, const QKeySequence &keys);

} // namespace hs
