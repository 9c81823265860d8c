#pragma once

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hs {

// Asks for one line that the command needs (who signed, what broke): OK stays disabled, with a
// line saying why, until something is typed, so that an empty answer cannot close the dialog.
class RequiredTextDialog : public QDialog
{
    Q_OBJECT
public:
    RequiredTextDialog(const QString &title, const QString &prompt, const QString &missing, int maxLength,
                       QWidget *parent = nullptr);
    QString text() const;
    QLineEdit *edit() const { return m_edit; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // The typed text, trimmed; nothing when the user cancels.
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &prompt,
                                      const QString &missing, int maxLength);

private:
    void updateOk();

    QLineEdit *m_edit;
    QLabel *m_missing;
    QDialogButtonBox *m_buttons;
};

} // namespace hs
