#pragma once

#include <QPalette>
#include <QString>

namespace hs {

// Light and dark palettes. "System" follows the platform: Qt 6.4 cannot ask for the colour
// scheme, so the platform palette's window lightness decides.
namespace theme {

enum class Choice { System, Light, Dark };
QString choiceName(Choice c); // "system", "light", "dark" (settings)
Choice choiceFromName(const QString &name);

bool isDark(const QPalette &p);
// A red for problems that reads on either palette.
QColor errorText(const QPalette &p);
QPalette light();
QPalette dark();

// Applies the palette for the choice to the application; returns whether it is dark.
bool apply(Choice c);

} // namespace theme
} // namespace hs
