#include "requiredtextdialog.h"
#include "shell/theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hs {

RequiredTextDialog::RequiredTextDialog(const QString &title, const QString &prompt, const QString &missing,
                                       int maxLength, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *label = new QLabel(prompt);
    label->setWordWrap(true);
    m_edit = new QLineEdit;
    m_edit->setObjectName(QStringLiteral("requiredText"));
    m_edit->setMaxLength(maxLength);
    m_edit->setAccessibleName(prompt);
    label->setBuddy(m_edit);
    m_missing = new QLabel(missing);
    m_missing->setObjectName(QStringLiteral("requiredTextMissing"));
    m_missing->setStyleSheet(theme::textStyle(theme::Tone::Bad));
    m_missing->setAccessibleName(missing);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(title);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &RequiredTextDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_missing);
    layout->addWidget(m_buttons);
    updateOk();
}

QString RequiredTextDialog::text() const { return m_edit->text().trimmed(); }

void RequiredTextDialog::updateOk()
{
    const bool given = !text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(given);
    m_missing->setVisible(!given);
}

std::optional<QString> RequiredTextDialog::ask(QWidget *parent, const QString &title, const QString &prompt,
                                               const QString &missing, int maxLength)
{
    RequiredTextDialog d(title, prompt, missing, maxLength, parent);
    if (d.exec() != QDialog::Accepted || d.text().isEmpty())
        return std::nullopt;
    return d.text();
}

} // namespace hs
