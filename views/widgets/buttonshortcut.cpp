#include "buttonshortcut.h"

#include <QAbstractButton>
#include <QShortcut>

namespace hs {

void addButtonShortcut(QAbstractButton *button, const QKeySequence &keys)
{
    auto *shortcut = new QShortcut(keys, button);
    shortcut->setObjectName(button->objectName() + QStringLiteral("Shortcut"));
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled())
            button->click();
    });
}

} // namespace hs
