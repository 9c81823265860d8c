#include "commandlogmodel.h"

#include "service/storeclient.h"
#include "shell/timemachine.h"
#include "panes/history/eventtext.h"
#include "widgets/messagewords.h"

#include <QIcon>

namespace hs {

CommandLogModel::CommandLogModel(StoreClient *client, QObject *parent) : KeysetPagedModel(parent), m_client(client) {}

void CommandLogModel::setSearchText(const QString &text)
{
    m_text = text;
    restart();
}

void CommandLogModel::readPage(std::optional<qint64> after, PageDone done)
{
    const CommandSearch search{m_text, {}, {}, after.value_or(-1), -1, pageSize};
    m_client->read(this, [search](ReadContext &ctx) {
        std::vector<CommandLogEntry> rows = searchCommands(ctx.db.connection(), search);
        const std::optional<qint64> next = rows.empty() ? std::nullopt : std::optional<qint64>(rows.back().seq);
        const bool atEnd = int(rows.size()) < pageSize;
        return Page{std::move(rows), next, atEnd};
    }, std::move(done));
}

void CommandLogModel::catchUp()
{
    if (m_rows.empty()) {
        if (!isLoading())
            setSearchText(m_text);
        return;
    }
    const CommandSearch search{m_text, {}, {}, -1, m_rows.front().seq, pageSize};
    const int asked = generation();
    m_client->read(this, [search](ReadContext &ctx) { return searchCommands(ctx.db.connection(), search); },
                   [this, asked](std::vector<CommandLogEntry> page) {
                       if (asked != generation())
                           return;
                       if (int(page.size()) >= pageSize) {
                           setSearchText(m_text); // too far behind to patch: start over
                           return;
                       }
                       putOnTop(std::move(page));
                   });
}

int CommandLogModel::rowOf(const QString &commandId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].commandId == commandId)
            return int(i);
    return -1;
}

int CommandLogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CommandLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommandLogEntry &c = m_rows[size_t(index.row())];
    const bool rejected = c.status == u"rejected";
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return c.issuedAt ? asOfText(*c.issuedAt) : QString();
        case Type: return words::commandOfType(c.type);
        case Actor: return c.actor ? c.actor->user : QString();
        case Department: return c.actor ? eventtext::department(c.actor->department) : QString();
        case Status: return rejected ? tr("rejected: %1").arg(words::rejectionCode(c.code)) : tr("accepted");
        case CommandId: return c.commandId;
        }
        break;
    case RawRole:
        switch (index.column()) {
        case Time: return QVariant::fromValue(c.issuedAt.value_or(0));
        case Type: return c.type;
        case Status: return c.status;
        default: return data(index, Qt::DisplayRole);
        }
    case CommandIdRole: return c.commandId;
    case Qt::ToolTipRole:
        return rejected ? tr("%1 (%2) was rejected: %3").arg(words::commandOfType(c.type), c.commandId, words::loggedRefusal(c.code, c.message))
                        : tr("%1 (%2)").arg(words::commandOfType(c.type), c.commandId);
    case Qt::DecorationRole:
        if (index.column() == Status)
            return QIcon(rejected ? QStringLiteral(":/icons/rejected.svg") : QStringLiteral(":/icons/accepted.svg"));
        break;
    }
    return {};
}

QVariant CommandLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Issued");
    case Type: return tr("Command");
    case Actor: return tr("By");
    case Department: return tr("Department");
    case Status: return tr("Outcome");
    case CommandId: return tr("Command id");
    }
    return {};
}

} // namespace hs
