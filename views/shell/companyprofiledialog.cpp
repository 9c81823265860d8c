#include "companyprofiledialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace hs {

CompanyProfileDialog::CompanyProfileDialog(const CompanyProfile &p, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("companyProfileDialog"));
    setWindowTitle(tr("Company Profile"));
    m_name = new QLineEdit(p.name);
    m_name->setObjectName(QStringLiteral("companyName"));
    m_name->setMaxLength(120);
    m_name->setAccessibleName(tr("Company name"));
    m_address = new QPlainTextEdit(p.address.join(u'\n'));
    m_address->setObjectName(QStringLiteral("companyAddress"));
    m_address->setAccessibleName(tr("Company address, one line per row"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(fontMetrics().height() * 6);
    m_logo = new QLineEdit(p.logoPath);
    m_logo->setObjectName(QStringLiteral("companyLogo"));
    m_logo->setAccessibleName(tr("Logo image file"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose the logo image"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Choose a logo"), m_logo->text(), tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!f.isEmpty())
            m_logo->setText(f);
    });
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Logo:"), logoRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the company profile"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

CompanyProfile CompanyProfileDialog::profile() const
{
    CompanyProfile p;
    p.name = m_name->text().trimmed();
    for (const QString &line : m_address->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            p.address << line.trimmed();
    p.logoPath = m_logo->text().trimmed();
    return p;
}

} // namespace hs
