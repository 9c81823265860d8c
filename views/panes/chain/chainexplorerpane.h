#pragma once

#include "explore/chainlayout.h"
#include "shell/pane.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace hs {

class ChainScene;
class ChainView;

// One business action as a graph: what was asked, what happened, what that set off, and
// which department did each, laid out by model/explore/chainlayout.
class ChainExplorerPane : public Pane
{
    Q_OBJECT
public:
    explicit ChainExplorerPane(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Chain Explorer"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/chain.svg")); }
    void refresh() override;

    ChainScene *scene() const { return m_scene; }
    ChainView *view() const { return m_view; }
    QString shownId() const { return m_id; }

    bool exportPng(const QString &path) const;
    bool exportSvg(const QString &path) const;

public Q_SLOTS:
    // Shows the correlation of a command or event id.
    void showChain(const QString &id);

Q_SIGNALS:
    void chainShown(const QString &correlationId, int nodes);

protected:
    void retranslateUi() override;

private:
    void load();
    void loadRecent();
    void showDetails(int index);
    void chooseExport(bool svg);

    ChainScene *m_scene;
    ChainView *m_view;
    QComboBox *m_idBox;
    QPushButton *m_show;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fit;
    QPushButton *m_png;
    QPushButton *m_svg;
    QLabel *m_pick;
    QLabel *m_caption;
    QTextBrowser *m_details;
    QString m_id;
};

} // namespace hs
