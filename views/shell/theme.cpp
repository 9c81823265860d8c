#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace hs::theme {

QString choiceName(Choice c)
{
    switch (c) {
    case Choice::Light: return QStringLiteral("light");
    case Choice::Dark: return QStringLiteral("dark");
    case Choice::System: break;
    }
    return QStringLiteral("system");
}

Choice choiceFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Choice::Light;
    if (name == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

bool isDark(const QPalette &p) { return p.color(QPalette::Window).lightness() < 128; }

QColor errorText(const QPalette &p) { return isDark(p) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20); }

QColor tone(Tone t, const QPalette &p)
{
    const bool dark = isDark(p);
    switch (t) {
    case Tone::Good: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Bad: return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    case Tone::Caution: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe0, 0x7b, 0x00);
    case Tone::Info: return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case Tone::Muted: return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
    case Tone::Queue: return dark ? QColor(0xbc, 0xaa, 0xa4) : QColor(0x6d, 0x4c, 0x41);
    }
    return p.color(QPalette::Text);
}

QColor shipmentStatus(ShipmentStatus s, const QPalette &p)
{
    switch (s) {
    case ShipmentStatus::Submitted: return tone(Tone::Queue, p);
    case ShipmentStatus::Assigned: return tone(Tone::Info, p);
    case ShipmentStatus::OutForDelivery: return tone(Tone::Caution, p);
    case ShipmentStatus::Delivered: return tone(Tone::Good, p);
    case ShipmentStatus::Cancelled: return tone(Tone::Muted, p);
    }
    return tone(Tone::Muted, p);
}

QColor truckState(TruckState s, const QPalette &p)
{
    switch (s) {
    case TruckState::Available: return tone(Tone::Good, p);
    case TruckState::Assigned: return tone(Tone::Info, p);
    case TruckState::OutForDelivery: return tone(Tone::Caution, p);
    case TruckState::OutOfService: return tone(Tone::Bad, p);
    }
    return tone(Tone::Muted, p);
}

QColor attentionBackground(const QPalette &p) { return isDark(p) ? QColor(0x5c, 0x45, 0x00) : QColor(0xff, 0xe0, 0x8a); }

QColor attentionText(const QPalette &p) { return isDark(p) ? QColor(0xff, 0xe9, 0xa8) : QColor(0x3d, 0x2c, 0x00); }

QString textStyle(Tone t, const QPalette &p) { return QStringLiteral("QLabel { color: %1; }").arg(tone(t, p).name()); }

QPalette light()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x21, 0x27));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xf1, 0xf5));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe6));
    p.setColor(QPalette::ToolTipText, QColor(0x1d, 0x21, 0x27));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x8e));
    p.setColor(QPalette::Text, QColor(0x1d, 0x21, 0x27));
    p.setColor(QPalette::Button, QColor(0xe9, 0xeb, 0xef));
    p.setColor(QPalette::ButtonText, QColor(0x1d, 0x21, 0x27));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0xb5));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa0, 0xa6));
    return p;
}

QPalette dark()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x26, 0x29, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x21));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x37, 0x3d));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x90, 0x98));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Button, QColor(0x33, 0x37, 0x3d));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xf0));
    p.setColor(QPalette::Light, QColor(0x44, 0x48, 0x4f));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x44));
    p.setColor(QPalette::Mid, QColor(0x2c, 0x2f, 0x34));
    p.setColor(QPalette::Dark, QColor(0x17, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x75, 0x7c));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x75, 0x7c));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x75, 0x7c));
    return p;
}

bool apply(Choice c)
{
    bool darkWanted = c == Choice::Dark;
    if (c == Choice::System) {
        // An empty palette hands the application back to the platform's; read its lightness.
        QApplication::setPalette(QPalette());
        darkWanted = isDark(QApplication::palette());
    }
    // Fusion draws with the palette on every platform; native styles may ignore a dark one.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkWanted ? dark() : light());
    return darkWanted;
}

} // namespace hs::theme
