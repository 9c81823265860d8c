#include "chainexplorerpane.h"

#include "../history/eventtext.h"
#include "chainscene.h"
#include "chainview.h"
#include "widgets/messagewords.h"
#include "explore/eventquery.h"

#include <QComboBox>
#include "widgets/filedialog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace hs {

namespace {

struct ChainRead
{
    std::optional<ChainGraph> graph;
    ChainLayout layout;
    // When the id was a shipment number: the business actions that touched it, oldest first.
    std::vector<std::pair<QString, QString>> shipmentActions; // command id, words
};

// Under the time machine the chain stops at the shown moment, like every other view.
void pruneAfter(ChainGraph &g, qint64 time)
{
    std::vector<ChainNode> kept;
    for (ChainNode &n : g.nodes)
        if (n.at <= time)
            kept.push_back(std::move(n));
    g.nodes = std::move(kept);
    std::vector<ChainEdge> edges;
    for (ChainEdge &e : g.edges)
        if (g.indexOf(e.from) >= 0 && g.indexOf(e.to) >= 0)
            edges.push_back(std::move(e));
    g.edges = std::move(edges);
}

} // namespace

ChainExplorerPane::ChainExplorerPane(Session *session, QWidget *parent) : Pane(session, parent)
{
    setObjectName(QStringLiteral("chain-explorer"));
    m_scene = new ChainScene(this);
    m_view = new ChainView;
    m_view->setObjectName(QStringLiteral("chain-view"));
    m_view->setScene(m_scene);

    m_pick = new QLabel;
    m_idBox = new QComboBox;
    m_idBox->setObjectName(QStringLiteral("chain-id"));
    m_idBox->setEditable(true);
    m_idBox->setInsertPolicy(QComboBox::NoInsert);
    m_idBox->setMinimumContentsLength(28); // an id fits; the pane stays within 1400 px
    m_pick->setBuddy(m_idBox);
    m_show = new QPushButton;
    m_show->setObjectName(QStringLiteral("chain-show"));
    auto tool = [](const char *name, const QString &icon) {
        auto *b = new QToolButton;
        b->setObjectName(QString::fromLatin1(name));
        if (!icon.isEmpty())
            b->setIcon(QIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_zoomIn = tool("chain-zoom-in", {});
    m_zoomOut = tool("chain-zoom-out", {});
    m_fit = tool("chain-fit", {});
    m_png = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), QString());
    m_png->setObjectName(QStringLiteral("chain-export-png"));
    m_svg = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), QString());
    m_svg->setObjectName(QStringLiteral("chain-export-svg"));
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("chain-caption"));
    m_caption->setWordWrap(true);
    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("chain-details"));
    m_details->setMinimumWidth(260);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_pick);
    bar->addWidget(m_idBox, 1);
    bar->addWidget(m_show);
    bar->addSpacing(12);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fit);
    bar->addSpacing(12);
    bar->addWidget(m_png);
    bar->addWidget(m_svg);
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("chain-split"));
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 280});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_caption);
    layout->addWidget(split, 1);

    auto showTyped = [this] {
        const QString data = m_idBox->currentData().toString();
        const QString text = m_idBox->currentText().trimmed();
        // A picked entry carries its id; typed text is the id itself.
        showChain(m_idBox->currentIndex() >= 0 && m_idBox->itemText(m_idBox->currentIndex()) == text && !data.isEmpty()
                      ? data : text);
    };
    connect(m_show, &QPushButton::clicked, this, showTyped);
    connect(m_idBox->lineEdit(), &QLineEdit::returnPressed, this, showTyped);
    connect(m_idBox, &QComboBox::activated, this, showTyped);
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { m_view->zoomBy(1.25); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { m_view->zoomBy(1 / 1.25); });
    connect(m_fit, &QToolButton::clicked, m_view, &ChainView::fitAll);
    connect(m_png, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_svg, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_scene, &ChainScene::nodeSelected, this, &ChainExplorerPane::showDetails);
    retranslateUi();
}

void ChainExplorerPane::retranslateUi()
{
    m_pick->setText(tr("Command, &event or shipment:"));
    m_idBox->setAccessibleName(tr("Command, event or shipment id"));
    m_idBox->lineEdit()->setPlaceholderText(tr("a command id, an event id or a shipment number"));
    m_show->setText(tr("Show chain"));
    m_show->setAccessibleName(tr("Show the chain of this id"));
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++ or the mouse wheel)"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the whole chain (F)"));
    m_fit->setAccessibleName(tr("Fit the whole chain"));
    m_png->setText(tr("PNG…"));
    m_png->setToolTip(tr("Export the graph as a PNG image"));
    m_png->setAccessibleName(tr("Export the graph as PNG"));
    m_svg->setText(tr("SVG…"));
    m_svg->setToolTip(tr("Export the graph as an SVG drawing"));
    m_svg->setAccessibleName(tr("Export the graph as SVG"));
    m_view->setAccessibleName(tr("Chain graph: drag to pan, wheel to zoom, F to fit"));
    m_details->setAccessibleName(tr("Details of the selected node"));
    showDetails(-1);
}

void ChainExplorerPane::refresh()
{
    if (!m_id.isEmpty())
        load();
    else
        loadRecent();
}

void ChainExplorerPane::loadRecent()
{
    // Offer recent business actions, and start from the latest delivery: its chain runs from
    // dispatch through the invoicing listener into finance.
    session()->read(this,
                    [](ReadContext &ctx, const AsOf *at) {
                        EventQuery q(ctx.events);
                        auto recent = q.recentActions(40, {}, at);
                        for (const ActionSummary &a : q.recentActions(20, QStringLiteral("DeliverShipment"), at))
                            if (a.status == u"accepted") {
                                recent.insert(recent.begin(), a);
                                break;
                            }
                        return recent;
                    },
                    [this](std::vector<ActionSummary> recent) {
                        const QString typed = m_idBox->currentText();
                        m_idBox->clear();
                        for (const ActionSummary &a : recent)
                            m_idBox->addItem(tr("%1 · %2 · %3").arg(words::commandOfType(a.type), eventtext::localTime(a.issuedAt), a.commandId),
                                             a.commandId);
                        if (m_id.isEmpty() && !recent.empty()) {
                            showChain(recent.front().commandId);
                        } else {
                            m_idBox->setEditText(typed);
                            if (recent.empty())
                                m_caption->setText(tr("No business action recorded yet."));
                            markDataShown();
                        }
                    });
}

void ChainExplorerPane::showChain(const QString &id)
{
    if (id.isEmpty())
        return;
    m_id = id;
    load();
    if (m_idBox->count() == 0)
        loadRecent();
}

void ChainExplorerPane::load()
{
    const QString id = m_id;
    session()->read(this,
                    [id](ReadContext &ctx, const AsOf *at) {
                        ChainRead r;
                        r.graph = buildChain(ctx.events, id);
                        if (!r.graph) {
                            // A shipment number: show the latest business action that touched it.
                            EventStore::Filter f;
                            f.streamId = shipmentStream(id);
                            ctx.events.forEach(f, [&](const RecordedEvent &e) {
                                if (!at || e.occurredAt <= at->time)
                                    r.shipmentActions.emplace_back(e.commandId, QStringLiteral("%1 · %2 · %3").arg(id, words::eventOfType(e.type()), eventtext::localTime(e.occurredAt)));
                                return true;
                            });
                            if (!r.shipmentActions.empty())
                                r.graph = buildChain(ctx.events, r.shipmentActions.back().first);
                        }
                        if (r.graph && at && at->time != LLONG_MAX)
                            pruneAfter(*r.graph, at->time);
                        if (r.graph)
                            r.layout = layoutChain(*r.graph);
                        return r;
                    },
                    [this, id](ChainRead r) {
                        if (id != m_id)
                            return;
                        markDataShown();
                        if (!r.graph) {
                            m_caption->setText(tr("No command, event or shipment has the id “%1”.").arg(id));
                            m_scene->setChain({}, layoutChain({}));
                            Q_EMIT status(m_caption->text());
                            return;
                        }
                        const ChainGraph &g = *r.graph;
                        int commands = 0, rejected = 0;
                        for (const ChainNode &n : g.nodes) {
                            commands += n.kind == ChainNode::Kind::Command;
                            rejected += n.status == u"rejected";
                        }
                        m_caption->setText(tr("Business action %1: %n command(s)", nullptr, commands).arg(g.correlationId)
                                           + tr(", %n event(s)", nullptr, int(g.nodes.size()) - commands)
                                           + (rejected ? tr(", %n rejected", nullptr, rejected) : QString())
                                           + tr(". Click a node to inspect it."));
                        if (!r.shipmentActions.empty()) {
                            m_idBox->clear();
                            for (auto it = r.shipmentActions.rbegin(); it != r.shipmentActions.rend(); ++it)
                                m_idBox->addItem(it->second, it->first);
                        }
                        m_idBox->setEditText(id);
                        m_scene->setChain(g, r.layout);
                        m_view->fitAll();
                        m_scene->selectNode(id);
                        Q_EMIT chainShown(g.correlationId, int(g.nodes.size()));
                    });
}

void ChainExplorerPane::showDetails(int index)
{
    const ChainGraph &g = m_scene->graph();
    if (index < 0 || index >= int(g.nodes.size())) {
        m_details->setHtml(tr("<p>Click a command or an event to see its details.</p>"
                              "<p><b>Boxes</b> are commands (red and dashed when rejected), "
                              "<b>hexagons</b> are events; arrows run from cause to effect.</p>"));
        return;
    }
    const ChainNode &n = g.nodes[index];
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const bool event = n.kind == ChainNode::Kind::Event;
    const QString title = event ? words::eventOfType(n.type) : words::commandOfType(n.type);
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(esc(title));
    const auto row = [&](const QString &k, const QString &v) {
        if (!v.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    row(tr("Kind"), event ? tr("Event") : tr("Command"));
    row(event ? tr("Event id") : tr("Command id"), n.id);
    row(tr("Department"), eventtext::department(n.department));
    row(tr("Actor"), n.actorUser);
    row(event ? tr("Occurred") : tr("Issued"), eventtext::localTime(n.at));
    if (!event) {
        row(tr("Outcome"), n.status == u"rejected" ? tr("rejected") : tr("accepted"));
        row(tr("Code"), words::rejectionCode(n.code));
        row(tr("Reason"), n.message.isEmpty() ? QString() : words::loggedRefusal(n.code, n.message));
    } else {
        row(tr("Stream"), n.streamId);
        row(tr("Position"), QString::number(n.position));
    }
    row(tr("Caused by"), n.causeId);
    html += QStringLiteral("</table>");
    if (event)
        html += QStringLiteral("<pre>%1</pre>").arg(esc(eventtext::indentedJson(n.data)));
    m_details->setHtml(html);
}

bool ChainExplorerPane::exportPng(const QString &path) const
{
    const QRectF source = m_scene->sceneRect();
    QImage image((source.size() * 2).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&p, QRectF(QPointF(0, 0), source.size() * 2), source);
    p.end();
    return image.save(path, "PNG");
}

bool ChainExplorerPane::exportSvg(const QString &path) const
{
    const QRectF source = m_scene->sceneRect();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(tr("Business action %1").arg(m_scene->graph().correlationId));
    svg.setDescription(tr("Haulstream event chain"));
    QPainter p;
    if (!p.begin(&svg))
        return false;
    m_scene->render(&p, QRectF(QPointF(0, 0), source.size()), source);
    return p.end();
}

void ChainExplorerPane::chooseExport(bool svg)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString base = QStringLiteral("%1/chain-%2.%3").arg(dir, m_scene->graph().correlationId,
                                                            svg ? QStringLiteral("svg") : QStringLiteral("png"));
    const QString path = chooseSaveFileName(this, svg ? tr("Export Chain as SVG") : tr("Export Chain as PNG"), base,
                                            svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const bool ok = svg ? exportSvg(path) : exportPng(path);
    Q_EMIT status(ok ? tr("Saved %1.").arg(path) : tr("Could not write %1.").arg(path));
}

} // namespace hs
