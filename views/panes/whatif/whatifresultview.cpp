#include "whatifresultview.h"
#include "widgets/messagewords.h"
#include "shell/theme.h"
#include "widgets/money.h"

#include "panes/history/eventtext.h"
#include "shell/timemachine.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeWidgetItemIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace hs {

namespace {

QString addressLine(const QJsonObject &a)
{
    QStringList parts{a.value(u"name").toString(), a.value(u"line1").toString()};
    if (a.value(u"line2").isString())
        parts << a.value(u"line2").toString();
    parts << QStringLiteral("%1, %2 %3").arg(a.value(u"city").toString(), a.value(u"state").toString(), a.value(u"zip").toString());
    return parts.join(QStringLiteral(", "));
}

QString scalarText(const QString &key, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (key.endsWith(u"Cents"))
        return formatMoney(qint64(v.toDouble()));
    if (v.isDouble())
        return QLocale().toString(qint64(v.toDouble()));
    if (v.isBool())
        return v.toBool() ? QCoreApplication::translate("WhatIfResultView", "Yes") : QCoreApplication::translate("WhatIfResultView", "No");
    // Promised times and other moments arrive as ISO 8601; people read them in their own form.
    const QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (at.isValid())
        return eventtext::shortDateTime(at.toMSecsSinceEpoch());
    return v.toString();
}

// A view object as labelled lines in the contract's order, so that both sides line up.
std::vector<std::pair<QString, QString>> fieldsOf(const QByteArray &json)
{
    std::vector<std::pair<QString, QString>> out;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    static const QStringList order{
        QStringLiteral("status"), QStringLiteral("state"), QStringLiteral("truckId"), QStringLiteral("shipmentId"),
        QStringLiteral("accountId"), QStringLiteral("name"), QStringLiteral("capacityLb"), QStringLiteral("weightLb"),
        QStringLiteral("priceCents"), QStringLiteral("invoicedCents"), QStringLiteral("paidCents"),
        QStringLiteral("balanceCents"), QStringLiteral("pickup"), QStringLiteral("destination"),
        QStringLiteral("version"), QStringLiteral("history")};
    QStringList keys = o.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &k) { const auto i = order.indexOf(k); return i < 0 ? order.size() : i; };
        return rank(a) < rank(b);
    });
    for (const QString &k : keys) {
        const QJsonValue v = o.value(k);
        if (v.isObject()) {
            out.emplace_back(k, addressLine(v.toObject()));
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QJsonObject h = a.at(i).toObject();
                const QJsonObject actor = h.value(u"actor").toObject();
                out.emplace_back(QStringLiteral("%1 %2").arg(k).arg(i + 1),
                                 QStringLiteral("%1 · %2 · %3").arg(words::eventOfType(h.value(u"type").toString()),
                                                                  asOfText(QDateTime::fromString(h.value(u"occurredAt").toString(), Qt::ISODateWithMs).toMSecsSinceEpoch()),
                                                                  actor.value(u"user").toString()));
            }
        } else {
            out.emplace_back(k, scalarText(k, v));
        }
    }
    return out;
}

QString ledgerLine(const LedgerEntry &e)
{
    const QString what = e.kind == u"invoice" ? QCoreApplication::translate("WhatIfResultView", "invoice for %1").arg(e.shipmentId)
                         : e.kind == u"payment" ? QCoreApplication::translate("WhatIfResultView", "payment %1").arg(e.reference)
                                                : QCoreApplication::translate("WhatIfResultView", "reversal of %1").arg(e.reference);
    return QCoreApplication::translate("WhatIfResultView", "%1  %2, balance %3").arg(what, formatMoney(e.amountCents), formatMoney(e.balanceCents));
}

} // namespace

WhatIfResultView::WhatIfResultView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("whatIfResult"));
    setColumnCount(ColumnCount);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setWordWrap(false);
    // Both sides share the width equally, so that they can be read across.
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(What, QHeaderView::Interactive);
    header()->setSectionResizeMode(Live, QHeaderView::Stretch);
    header()->setSectionResizeMode(Branch, QHeaderView::Stretch);
    setColumnWidth(What, 190);
    setIndentation(14); // three levels deep, a label keeps its words
    retranslateUi();
}

void WhatIfResultView::retranslateUi()
{
    setHeaderLabels({tr("What"), tr("Live store"), tr("Branch without them")});
    setAccessibleName(tr("What-if result: live store and branch side by side"));
}

QTreeWidgetItem *WhatIfResultView::section(const QString &title)
{
    auto *item = new QTreeWidgetItem(this, {title});
    QFont f = item->font(What);
    f.setBold(true);
    item->setFont(What, f);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

void WhatIfResultView::note(QTreeWidgetItem *parent, const QString &text)
{
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setFirstColumnSpanned(true);
}

QTreeWidgetItem *WhatIfResultView::addRow(QTreeWidgetItem *parent, const QString &what, const QString &live, const QString &branch)
{
    auto *item = new QTreeWidgetItem(parent, {what, live, branch});
    const bool changed = live != branch;
    item->setData(What, ChangedRole, changed);
    if (changed) {
        // Amber like the time machine's banner: "look here", not "error".
        const QBrush highlight(theme::attentionBackground(palette()));
        for (int c = Live; c <= Branch; ++c) {
            item->setBackground(c, highlight);
            item->setForeground(c, theme::attentionText(palette()));
            QFont f = item->font(c);
            f.setBold(true);
            item->setFont(c, f);
        }
    }
    for (int c = 0; c < ColumnCount; ++c)
        item->setToolTip(c, item->text(c));
    return item;
}

void WhatIfResultView::addEntity(QTreeWidgetItem *parent, const QString &title, const QByteArray &live, const QByteArray &branch)
{
    const bool noLive = live == "null", noBranch = branch == "null";
    auto *entity = addRow(parent, title, noLive ? tr("(does not exist)") : tr("exists"),
                          noBranch ? tr("(does not exist)") : tr("exists"));
    const auto l = noLive ? decltype(fieldsOf({})){} : fieldsOf(live);
    const auto b = noBranch ? decltype(fieldsOf({})){} : fieldsOf(branch);
    // Union of field names, live order first.
    QStringList names;
    for (const auto &[k, v] : l)
        names << k;
    for (const auto &[k, v] : b)
        if (!names.contains(k))
            names << k;
    const auto value = [](const auto &fields, const QString &k) {
        for (const auto &[key, v] : fields)
            if (key == k)
                return v;
        return QStringLiteral("—");
    };
    for (const QString &k : names)
        addRow(entity, words::fieldLabel(k), words::fieldValue(k, value(l, k)), words::fieldValue(k, value(b, k)));
    entity->setExpanded(true);
}

void WhatIfResultView::addLedger(QTreeWidgetItem *parent, const WhatIf::LedgerDifference &d)
{
    auto *account = addRow(parent, tr("Ledger of %1").arg(d.accountId), tr("%n entries", nullptr, int(d.live.size())),
                           tr("%n entries", nullptr, int(d.branch.size())));
    // Entries line up by what they record, so a missing invoice shows as a gap on one side.
    const auto key = [](const LedgerEntry &e) { return QStringLiteral("%1|%2|%3|%4").arg(e.kind, e.shipmentId, e.reference).arg(e.occurredAt); };
    std::vector<std::pair<QString, std::pair<const LedgerEntry *, const LedgerEntry *>>> rows;
    const auto find = [&](const QString &k) {
        return std::find_if(rows.begin(), rows.end(), [&](const auto &r) { return r.first == k; });
    };
    for (const LedgerEntry &e : d.live)
        rows.push_back({key(e), {&e, nullptr}});
    auto insertAt = rows.begin();
    for (const LedgerEntry &e : d.branch) {
        auto it = find(key(e));
        if (it != rows.end()) {
            it->second.second = &e;
            insertAt = it + 1;
        } else {
            insertAt = rows.insert(insertAt, {key(e), {nullptr, &e}}) + 1;
        }
    }
    int same = 0;
    for (const auto &[k, pair] : rows) {
        const QString l = pair.first ? ledgerLine(*pair.first) : QStringLiteral("—");
        const QString b = pair.second ? ledgerLine(*pair.second) : QStringLiteral("—");
        if (l == b) {
            ++same;
            continue;
        }
        const LedgerEntry *e = pair.first ? pair.first : pair.second;
        addRow(account, asOfText(e->occurredAt), l, b);
    }
    if (same > 0)
        note(account, tr("%n entries the same on both sides", nullptr, same));
    account->setExpanded(true);
}

void WhatIfResultView::showOutcome(const WhatIf::Outcome &o)
{
    clear();
    auto *skipped = section(tr("Left out (%n command(s))", nullptr, int(o.skipped.size())));
    for (const QString &id : o.skipped)
        new QTreeWidgetItem(skipped, {id, tr("recorded"), tr("left out")});

    auto *changes = section(tr("Later commands whose outcome changes (%n)", nullptr, int(o.outcomeChanges.size())));
    for (const auto &c : o.outcomeChanges) {
        const auto said = [&](const QString &status, bool branch) {
            if (status == u"accepted")
                return tr("accepted");
            return branch ? tr("rejected: %1").arg(words::loggedRefusal(c.code, c.message)) : tr("rejected");
        };
        addRow(changes, tr("%1 (%2)").arg(words::commandOfType(c.type), c.commandId), said(c.live, false), said(c.branch, true));
    }
    if (o.outcomeChanges.empty())
        note(changes, tr("Every later command has the same outcome."));

    const auto entities = [&](const QString &title, const QString &noun, const std::vector<WhatIf::Difference> &d) {
        auto *s = section(title.arg(d.size()));
        for (const auto &x : d)
            addEntity(s, noun.arg(x.id), x.live, x.branch);
        if (d.empty())
            note(s, tr("No differences."));
    };
    entities(tr("Shipments that differ (%1)"), tr("Shipment %1"), o.shipments);
    entities(tr("Trucks that differ (%1)"), tr("Truck %1"), o.trucks);
    entities(tr("Accounts that differ (%1)"), tr("Account %1"), o.accounts);
    auto *ledgers = section(tr("Ledgers that differ (%1)").arg(o.ledgers.size()));
    for (const auto &l : o.ledgers)
        addLedger(ledgers, l);
    if (o.ledgers.empty())
        note(ledgers, tr("No differences."));
    measureLabels();
    fitLabels();
}

void WhatIfResultView::measureLabels()
{
    // Labels sit deep in the tree ("Payment terms (days)" under an account): the widest one sets
    // the column, section titles aside (they span the row).
    int widest = 0;
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->isFirstColumnSpanned())
            continue;
        int depth = rootIsDecorated() ? 1 : 0;
        for (QTreeWidgetItem *p = (*it)->parent(); p; p = p->parent())
            ++depth;
        const QFontMetrics metrics((*it)->font(What));
        widest = std::max(widest, depth * indentation() + metrics.horizontalAdvance((*it)->text(What)));
    }
    m_labelWidth = widest + 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 8;
}

void WhatIfResultView::fitLabels()
{
    // Never narrower than 190 px, and never more than two fifths: the two sides need the room.
    setColumnWidth(What, std::clamp(m_labelWidth, 190, std::max(190, viewport()->width() * 2 / 5)));
}

void WhatIfResultView::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    fitLabels();
}

} // namespace hs
