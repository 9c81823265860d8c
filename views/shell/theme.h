#pragma once

#include "domain/values.h"

#include <QApplication>
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

// What a colour says, wherever it is used: money owed or a refusal is Bad, money received Good.
// Each reads on both the light and the dark palette.
enum class Tone { Good, Bad, Caution, Info, Muted, Queue };
QColor tone(Tone t, const QPalette &p = QApplication::palette());
// The one colour of each shipment status and truck state, the same on cards, charts and lists.
QColor shipmentStatus(ShipmentStatus s, const QPalette &p = QApplication::palette());
QColor truckState(TruckState s, const QPalette &p = QApplication::palette());
// A "look here" band (the time machine's banner, a closed form, a changed what-if row): amber
// on the light palette, a dim amber with light text on the dark one.
QColor attentionBackground(const QPalette &p = QApplication::palette());
QColor attentionText(const QPalette &p = QApplication::palette());
// A style sheet colouring a label's text with a tone, for labels that say good or bad news.
QString textStyle(Tone t, const QPalette &p = QApplication::palette());
QPalette light();
QPalette dark();

// Applies the palette for the choice to the application; returns whether it is dark.
bool apply(Choice c);

} // namespace theme
} // namespace hs
