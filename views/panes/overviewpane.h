#pragma once

#include "shell/pane.h"

#include <array>

class QLabel;

namespace hs {

// The first screen: how many shipments stand in each status, live or at the shown moment.
class OverviewPane : public Pane
{
    Q_OBJECT
public:
    explicit OverviewPane(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Overview"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/overview.svg")); }
    void refresh() override;

protected:
    void retranslateUi() override;

private:
    std::array<QLabel *, 5> m_counts{};
    std::array<QLabel *, 5> m_captions{};
    QLabel *m_heading;
};

} // namespace hs
