#include "financepane.h"
#include "widgets/recordtable.h"
#include "widgets/heading.h"
#include "shell/theme.h"

#include "accountsmodel.h"
#include "codec/commandparser.h"
#include "creditactions.h"
#include "financedialogs.h"
#include "ledgermodel.h"
#include "readmodel/intakequeries.h"
#include "util/isotime.h"
#include "widgets/money.h"
#include "widgets/moneyedit.h"
#include "statementexport.h"
#include "receivablesmodels.h"
#include "pricingrulesmodel.h"
#include "receivablespanel.h"
#include "widgets/buttonshortcut.h"
#include "widgets/dailycharts.h"
#include "widgets/documentbutton.h"

#include <QDateTime>
#include "widgets/filedialog.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace hs {

namespace {

int localOffsetSeconds() { return QDateTime::currentDateTime().offsetFromUtc(); }

struct LedgerRead
{
    std::vector<LedgerEntry> entries;
    QHash<qint64, QString> reasons; // a reversal's or write-off's reason, by its position
};

struct ChartData
{
    std::vector<DayValue> receivables;
    std::vector<DayValue> revenue;
};

} // namespace

FinancePane::FinancePane(Session *session, QWidget *parent) : Pane(session, parent)
{
    setObjectName(QStringLiteral("finance"));
    m_heading = makeHeading(HeadingLevel::Pane);

    m_openAccount = new QPushButton;
    m_openAccount->setObjectName(QStringLiteral("openAccountButton"));
    m_pricing = new QPushButton;
    m_pricing->setObjectName(QStringLiteral("pricingRuleButton"));
    m_export = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), QString());
    m_export->setObjectName(QStringLiteral("exportStatementButton"));
    addButtonShortcut(m_export, QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_openAccount, &QPushButton::clicked, this, &FinancePane::openAccount);
    connect(m_pricing, &QPushButton::clicked, this, &FinancePane::schedulePricingRule);
    connect(m_export, &QPushButton::clicked, this, &FinancePane::exportStatement);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_openAccount);
    top->addWidget(m_pricing);
    top->addWidget(m_export);
    m_documents = new DocumentButton(session, {DocumentButton::Kind::Statement});
    top->addWidget(m_documents);

    // Accounts: sortable by raw values, filtered by number or name.
    m_accounts = new AccountsModel(this);
    m_accountsProxy = new QSortFilterProxyModel(this);
    m_accountsProxy->setSourceModel(m_accounts);
    m_accountsProxy->setSortRole(AccountsModel::RawRole);
    m_accountsProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_accountsProxy->setFilterKeyColumn(-1);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("accountFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, m_accountsProxy, &QSortFilterProxyModel::setFilterFixedString);
    m_accountsView = makeRecordTable(QStringLiteral("accountsTable"));
    m_accountsView->setModel(m_accountsProxy);
    m_accountsView->setSortingEnabled(true);
    m_accountsView->sortByColumn(AccountsModel::Account, Qt::AscendingOrder);
    m_accountsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_accountsView->horizontalHeader()->setSectionResizeMode(AccountsModel::Name, QHeaderView::Stretch);
    connect(m_accountsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        const QString id = i.isValid() ? m_accountsProxy->index(i.row(), AccountsModel::Account).data(AccountsModel::RawRole).toString() : QString();
        if (id != m_selected) {
            m_selected = id;
            m_documents->setSubject(id);
            m_receivablesPanel->showAccount(id);
            updateAccountHeader();
            loadLedger();
            loadCharts();
        }
    });
    auto *left = new QWidget;
    auto *lv = new QVBoxLayout(left);
    lv->setContentsMargins(0, 0, 0, 0);
    lv->addWidget(m_filter);
    lv->addWidget(m_accountsView, 1);

    // The selected account: its balance, ledger, and the payment form.
    m_accountTitle = makeHeading(HeadingLevel::Section, "accountTitle");
    m_accountBalance = makeHeading(HeadingLevel::Section, "accountBalance");
    m_accountBalance->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_ledger = new LedgerModel(this);
    auto *ledgerProxy = new QSortFilterProxyModel(this);
    ledgerProxy->setSourceModel(m_ledger);
    ledgerProxy->setSortRole(LedgerModel::RawRole);
    m_ledgerView = makeRecordTable(QStringLiteral("ledgerTable"));
    m_ledgerView->setModel(ledgerProxy);
    m_ledgerView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_ledgerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FinancePane::updateActions);
    connect(m_ledger, &QAbstractItemModel::rowsInserted, m_ledgerView, [this] { m_ledgerView->scrollToBottom(); });

    m_amountLabel = new QLabel;
    m_amount = new MoneyEdit;
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amount->setRange(0, 100'000'000'000);
    m_amount->setMinimumWidth(130);
    m_amountLabel->setBuddy(m_amount);
    m_referenceLabel = new QLabel;
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("paymentReference"));
    m_reference->setMaxLength(40);
    m_reference->setMinimumWidth(m_reference->fontMetrics().averageCharWidth() * 16);
    m_referenceLabel->setBuddy(m_reference);
    m_post = new QPushButton;
    m_post->setObjectName(QStringLiteral("postPaymentButton"));
    m_post->setDefault(true);
    m_reverse = new QPushButton;
    m_reverse->setObjectName(QStringLiteral("reversePaymentButton"));
    connect(m_amount, &MoneyEdit::centsChanged, this, &FinancePane::updateActions);
    connect(m_reference, &QLineEdit::textChanged, this, &FinancePane::updateActions);
    connect(m_reference, &QLineEdit::returnPressed, this, &FinancePane::postPayment);
    connect(m_post, &QPushButton::clicked, this, &FinancePane::postPayment);
    connect(m_reverse, &QPushButton::clicked, this, [this] { reverseSelectedPayment(); });
    // Two rows, so that the reference keeps room for a wire number beside the ledger.
    auto *payment = new QGridLayout;
    payment->addWidget(m_amountLabel, 0, 0);
    payment->addWidget(m_amount, 0, 1);
    payment->addWidget(m_referenceLabel, 0, 2);
    payment->addWidget(m_reference, 0, 3);
    payment->setColumnStretch(3, 1);
    auto *paymentButtons = new QHBoxLayout;
    paymentButtons->addWidget(m_post);
    paymentButtons->addStretch(1);
    paymentButtons->addWidget(m_reverse);
    payment->addLayout(paymentButtons, 1, 0, 1, 4);

    auto *right = new QWidget;
    auto *rv = new QVBoxLayout(right);
    rv->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_accountTitle, 1);
    titleRow->addWidget(m_accountBalance);
    rv->addLayout(titleRow);
    m_creditActions = new CreditActions(session);
    connect(m_creditActions, &CreditActions::status, this, &FinancePane::status);
    rv->addWidget(m_creditActions);
    rv->addWidget(m_ledgerView, 1);
    rv->addLayout(payment);

    auto *tables = new QSplitter;
    tables->setObjectName(QStringLiteral("financeTablesSplitter"));
    tables->setChildrenCollapsible(false);
    tables->addWidget(left);
    tables->addWidget(right);
    tables->setStretchFactor(0, 1);
    tables->setStretchFactor(1, 1);
    tables->setSizes({620, 480}); // account names in full beside a ledger that scrolls sideways

    m_receivables = new DailyChart(DailyChart::Style::Line, theme::tone(theme::Tone::Bad));
    m_receivables->setObjectName(QStringLiteral("receivablesChart"));
    m_revenue = new DailyChart(DailyChart::Style::Bars, theme::tone(theme::Tone::Good));
    m_revenue->setObjectName(QStringLiteral("revenueChart"));
    for (DailyChart *c : {m_receivables, m_revenue})
        c->setValueFormat(formatMoney, 0.01);
    auto *charts = new QWidget;
    auto *ch = new QHBoxLayout(charts);
    ch->setContentsMargins(0, 0, 0, 0);
    ch->addWidget(m_receivables);
    ch->addWidget(m_revenue);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("financeSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(tables);
    m_receivablesPanel = new ReceivablesPanel(session);
    m_lowerTabs = new QTabWidget;
    m_lowerTabs->setObjectName(QStringLiteral("financeLowerTabs"));
    m_lowerTabs->addTab(charts, QString());
    m_lowerTabs->addTab(m_receivablesPanel, QString());
    m_creditWatch = new CreditWatchModel(this);
    m_creditWatchView = makeRecordTable(QStringLiteral("creditWatchTable"));
    m_creditWatchView->setModel(m_creditWatch);
    m_creditWatchView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_creditWatchView->horizontalHeader()->setStretchLastSection(true);
    connect(m_creditWatchView, &QTableView::activated, this, [this](const QModelIndex &i) {
        selectAccount(m_creditWatch->rowAt(i.row()).accountId);
    });
    m_lowerTabs->addTab(m_creditWatchView, QString());
    m_pricingRules = new PricingRulesModel(this);
    m_pricingRulesView = makeRecordTable(QStringLiteral("pricingRulesTable"), m_pricingRules);
    m_pricingRulesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pricingRulesView->horizontalHeader()->setStretchLastSection(true);
    m_lowerTabs->addTab(m_pricingRulesView, QString());
    // An account picked in the aging report is the one the credit actions apply to; an invoice
    // picked under it is the one a write-off closes.
    connect(m_receivablesPanel->agingView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { selectAccount(m_receivablesPanel->shownAccount()); });
    const auto pickInvoice = [this] {
        const QModelIndex i = m_receivablesPanel->invoicesView()->currentIndex();
        const InvoicesModel *invoices = m_receivablesPanel->invoicesModel();
        if (i.isValid() && i.row() < invoices->rowCount() && m_receivablesPanel->shownAccount() == m_selected)
            m_creditActions->setInvoice(invoices->rowAt(i.row()).shipmentId, invoices->rowAt(i.row()).openCents());
        else
            m_creditActions->setInvoice({}, 0);
    };
    connect(m_receivablesPanel->invoicesView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, pickInvoice);
    connect(m_receivablesPanel, &ReceivablesPanel::invoicesShown, this, pickInvoice);
    split->addWidget(m_lowerTabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    connect(session, &Session::actorChanged, this, &FinancePane::updateActions);
    retranslateUi();
}

void FinancePane::retranslateUi()
{
    m_heading->setText(tr("Accounts and ledger"));
    m_openAccount->setText(tr("&Open Account…"));
    m_openAccount->setAccessibleName(tr("Open a new customer account"));
    m_pricing->setText(tr("Schedule Pricing &Rule…"));
    m_pricing->setAccessibleName(tr("Schedule a pricing rule"));
    m_export->setText(tr("&Export Statement…"));
    m_export->setAccessibleName(tr("Export the selected account's statement"));
    m_export->setToolTip(tr("The selected account's ledger for a date range, as PDF or CSV (Ctrl+E)"));
    m_filter->setPlaceholderText(tr("Filter by account number or name"));
    m_filter->setAccessibleName(tr("Filter accounts"));
    m_accountsView->setAccessibleName(tr("Accounts"));
    m_ledgerView->setAccessibleName(tr("Ledger of the selected account"));
    m_amountLabel->setText(tr("&Amount:"));
    m_amount->setAccessibleName(tr("Payment amount"));
    m_referenceLabel->setText(tr("Re&ference:"));
    m_reference->setAccessibleName(tr("Payment reference"));
    m_reference->setPlaceholderText(tr("check or wire number"));
    m_post->setText(tr("&Post Payment"));
    m_post->setAccessibleName(tr("Post the payment"));
    m_reverse->setText(tr("Re&verse Payment…"));
    m_reverse->setAccessibleName(tr("Reverse the selected payment"));
    m_receivables->setTitle(m_selected.isEmpty() ? tr("Receivables — all accounts") : tr("Owed by %1").arg(m_selected));
    m_revenue->setTitle(tr("Revenue per day (invoiced)"));
    m_lowerTabs->setTabText(0, tr("Charts"));
    m_lowerTabs->setTabText(1, tr("Aging and open items"));
    m_lowerTabs->setTabText(2, tr("Over limit or on hold (%1)").arg(m_creditWatch->rowCount()));
    m_creditWatchView->setAccessibleName(tr("Customers over their credit limit or on credit hold"));
    m_lowerTabs->setTabText(3, tr("Pricing rules (%1)").arg(m_pricingRules->rowCount()));
    m_pricingRulesView->setAccessibleName(tr("Pricing rules, the latest to take effect first"));
    m_lowerTabs->setAccessibleName(tr("Charts and receivables"));
    updateAccountHeader();
    updateActions();
}

void FinancePane::refresh()
{
    retranslateUi();
    session()->read(this, [](ReadContext &ctx, const AsOf *at) { return ctx.queries.accounts(at); },
                    [this](std::vector<AccountView> accounts) {
                        m_creditWatch->setAccounts(accounts);
                        m_lowerTabs->setTabText(2, tr("Over limit or on hold (%1)").arg(m_creditWatch->rowCount()));
                        m_accounts->setRows(std::move(accounts));
                        if (m_selected.isEmpty() && m_accountsProxy->rowCount() > 0)
                            m_accountsView->setCurrentIndex(m_accountsProxy->index(0, 0));
                        updateAccountHeader();
                        loadLedger();
                        loadCharts();
                        loadPricingRules();
                        m_receivablesPanel->refresh();
                        markDataShown();
                    });
}

void FinancePane::selectAccount(const QString &accountId)
{
    for (int r = 0; r < m_accountsProxy->rowCount(); ++r)
        if (m_accountsProxy->index(r, AccountsModel::Account).data(AccountsModel::RawRole).toString() == accountId) {
            m_accountsView->setCurrentIndex(m_accountsProxy->index(r, 0));
            return;
        }
}

void FinancePane::updateAccountHeader()
{
    const int row = m_accounts->rowOfKey(m_selected);
    if (row < 0) {
        m_accountTitle->setText(tr("No account selected"));
        m_accountBalance->clear();
        m_creditActions->setAccount(std::nullopt);
        return;
    }
    const AccountView &a = m_accounts->rowAt(row);
    m_creditActions->setAccount(a);
    m_accountTitle->setText(QStringLiteral("%1 — %2").arg(a.accountId, a.name));
    const qint64 b = a.balanceCents();
    m_accountBalance->setText(LedgerModel::balanceWords(b));
    m_accountBalance->setStyleSheet(theme::textStyle(b < 0 ? theme::Tone::Bad : theme::Tone::Good));
    m_accountBalance->setAccessibleName(tr("Balance of %1").arg(a.accountId));
}

void FinancePane::loadLedger()
{
    const QString id = m_selected;
    if (id.isEmpty()) {
        m_ledger->setRows({});
        updateActions();
        return;
    }
    session()->read(this, [id](ReadContext &ctx, const AsOf *at) {
        LedgerRead r{ctx.queries.ledger(id, at), {}};
        // Reversals and write-offs carry a reason the ledger view does not keep: read it from the event.
        for (const LedgerEntry &e : r.entries)
            if (e.kind == u"reversal" || e.kind == u"writeoff")
                if (const auto recorded = ctx.events.byPosition(e.position)) {
                    if (const auto *reversed = std::get_if<ev::PaymentReversed>(&recorded->event))
                        r.reasons.insert(e.position, reversed->reason);
                    else if (const auto *writtenOff = std::get_if<ev::InvoiceWrittenOff>(&recorded->event))
                        r.reasons.insert(e.position, writtenOff->reason);
                }
        return r;
    }, [this, id](LedgerRead r) {
                        if (id != m_selected)
                            return;
                        const bool fresh = m_ledger->rowCount() == 0 || m_ledger->rowAt(0).accountId != id;
                        if (fresh)
                            m_ledger->setRows({});
                        m_ledger->setReasons(std::move(r.reasons));
                        m_ledger->setRows(std::move(r.entries));
                        if (fresh)
                            m_ledgerView->scrollToBottom();
                        updateActions();
                        Q_EMIT ledgerShown(id);
                    });
}

void FinancePane::loadCharts()
{
    const QString id = m_selected;
    const int offset = localOffsetSeconds();
    m_receivables->setTitle(id.isEmpty() ? tr("Receivables — all accounts") : tr("Owed by %1").arg(id));
    session()->read(this, [id, offset](ReadContext &ctx, const AsOf *at) {
        TimeSeriesQueries ts(ctx.db.connection(), offset);
        return ChartData{ts.receivables(id, at), ts.revenuePerDay({}, at)};
    }, [this](ChartData d) {
        m_receivables->setSeries(d.receivables);
        m_revenue->setSeries(d.revenue);
    });
}

void FinancePane::loadPricingRules()
{
    const qint64 now = session()->asOfTime().value_or(isotime::nowMs());
    session()->read(this, [](ReadContext &ctx, const AsOf *at) {
        return intake::pricingSchedule(ctx.events, at ? std::optional<qint64>(at->time) : std::nullopt);
    }, [this, now](const pricing::Schedule &schedule) {
        m_pricingRules->setSchedule(schedule, now);
        m_lowerTabs->setTabText(3, tr("Pricing rules (%1)").arg(m_pricingRules->rowCount()));
    });
}

QString FinancePane::selectedPaymentReference() const
{
    const QModelIndex i = m_ledgerView->currentIndex();
    if (!i.isValid())
        return {};
    const auto *proxy = m_ledgerView->model();
    if (proxy->index(i.row(), LedgerModel::Kind).data(LedgerModel::RawRole).toString() != u"payment")
        return {};
    return proxy->index(i.row(), LedgerModel::Reference).data(LedgerModel::RawRole).toString();
}

void FinancePane::updateActions()
{
    const bool live = session()->isLive();
    const QString readOnly = tr("Read-only: you are looking at the past. Return to live to act.");
    const bool hasAccount = m_accounts->rowOfKey(m_selected) >= 0;
    m_openAccount->setEnabled(live);
    m_openAccount->setToolTip(live ? tr("Open a new customer account") : readOnly);
    m_pricing->setEnabled(live);
    m_pricing->setToolTip(live ? tr("Schedule the price per pound from a date on") : readOnly);
    m_export->setEnabled(hasAccount);
    for (QWidget *w : {static_cast<QWidget *>(m_amount), static_cast<QWidget *>(m_reference)})
        w->setEnabled(live && hasAccount);

    // Which of these the decider would refuse, and why: asked together, answered together.
    const int serial = ++m_actionSerial;
    const qint64 cents = m_amount->cents();
    const QString reference = m_reference->text().trimmed();
    const QString payment = selectedPaymentReference();
    QString postWhy, reverseWhy;
    if (!live)
        postWhy = reverseWhy = readOnly;
    else if (!hasAccount)
        postWhy = reverseWhy = tr("Select an account first.");
    if (postWhy.isEmpty() && cents <= 0)
        postWhy = tr("Enter the amount received.");
    else if (postWhy.isEmpty() && !fieldrules::isId(reference))
        postWhy = tr("Enter the payment's reference: 1–40 letters, digits, dots, dashes or underscores.");
    if (reverseWhy.isEmpty() && payment.isEmpty())
        reverseWhy = tr("Select a payment in the ledger to reverse it.");
    std::vector<std::pair<QPushButton *, Command>> actions;
    if (postWhy.isEmpty())
        actions.emplace_back(m_post, cmd::PostPayment{m_selected, cents, reference});
    if (reverseWhy.isEmpty())
        actions.emplace_back(m_reverse, cmd::ReversePayment{m_selected, payment, QStringLiteral("?")});
    const auto apply = [this](QPushButton *b, const QString &why, const QString &ok) {
        b->setEnabled(why.isEmpty());
        b->setToolTip(why.isEmpty() ? ok : why);
    };
    if (actions.empty()) {
        apply(m_post, postWhy, {});
        apply(m_reverse, reverseWhy, {});
        Q_EMIT actionsUpdated();
        return;
    }
    session()->explain(this, actions, [=, this](const Verdicts<QPushButton *> &v) {
        if (serial != m_actionSerial)
            return;
        const QString post = postWhy.isEmpty() ? v.refusal(m_post) : postWhy;
        const QString reverse = reverseWhy.isEmpty() ? v.refusal(m_reverse) : reverseWhy;
        apply(m_post, post, tr("Post %1 received from %2 (Enter)").arg(formatMoney(cents), m_selected));
        apply(m_reverse, reverse, tr("Reverse payment %1; asks for the reason").arg(payment));
        Q_EMIT actionsUpdated();
    });
}

void FinancePane::postPayment()
{
    if (!m_post->isEnabled())
        return;
    const qint64 cents = m_amount->cents();
    const QString reference = m_reference->text().trimmed();
    session()->submit(cmd::PostPayment{m_selected, cents, reference});
    Q_EMIT status(tr("Posting %1 from %2 (ref. %3)…").arg(formatMoney(cents), m_selected, reference));
    m_amount->setCents(0);
    m_reference->clear();
}

void FinancePane::reverseSelectedPayment(const QString &reasonGiven)
{
    const QString reference = selectedPaymentReference();
    if (!m_reverse->isEnabled() || reference.isEmpty())
        return;
    QString reason = reasonGiven;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Reverse payment %1").arg(reference),
                                       tr("Why is payment %1 of %2 being reversed?").arg(reference, m_selected),
                                       QLineEdit::Normal, {}, &ok).trimmed();
        if (!ok || reason.isEmpty())
            return;
    }
    session()->submit(cmd::ReversePayment{m_selected, reference, reason.left(200)});
    Q_EMIT status(tr("Reversing payment %1 of %2…").arg(reference, m_selected));
}

void FinancePane::openAccount()
{
    OpenAccountDialog d(this);
    if (d.exec() != QDialog::Accepted)
        return;
    const cmd::OpenAccount c = d.command();
    session()->submit(c);
    Q_EMIT status(tr("Opening account %1…").arg(c.accountId));
}

void FinancePane::schedulePricingRule()
{
    // The dialog starts from the rule in force now, read from the schedule first.
    session()->read(this, [](ReadContext &ctx, const AsOf *) {
        return pricing::ruleInForce(intake::pricingSchedule(ctx.events), isotime::nowMs());
    }, [this](pricing::Rule current) {
        PricingRuleDialog d(current, this);
        if (d.exec() != QDialog::Accepted)
            return;
        const cmd::SchedulePricingRule c = d.command();
        session()->submit(c);
        Q_EMIT status(tr("Scheduling pricing rule %1…").arg(c.ruleId));
    });
}

void FinancePane::exportStatement()
{
    const int row = m_accounts->rowOfKey(m_selected);
    if (row < 0)
        return;
    const AccountView account = m_accounts->rowAt(row);
    const auto &entries = m_ledger->rows();
    const QDate last = QDate::currentDate();
    const QDate first = entries.empty() ? last.addMonths(-1)
                                        : QDateTime::fromMSecsSinceEpoch(entries.front().occurredAt).toLocalTime().date();
    StatementDialog d(QStringLiteral("%1 — %2").arg(account.accountId, account.name), first, last, this);
    if (d.exec() != QDialog::Accepted)
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + QStringLiteral("/statement-%1-%2.%3").arg(account.accountId, d.to().toString(Qt::ISODate), d.wantsPdf() ? u"pdf" : u"csv");
    const QString path = chooseSaveFileName(this, tr("Save Statement"), suggested,
                                            d.wantsPdf() ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    Statement s = buildStatement(account, entries, d.from(), d.to());
    const bool pdf = d.wantsPdf();
    // The chain's head goes on the statement, so that the record behind it can be proven later.
    session()->read(this, [](ReadContext &ctx, const AsOf *) { return maintenance::head(ctx.db); },
                    [this, s = std::move(s), path, pdf](const maintenance::Anchor &head) mutable {
                        s.anchor = QStringLiteral("%1:%2").arg(head.position).arg(QString::fromLatin1(head.hash.toHex()));
                        QString error;
                        const bool ok = pdf ? writeStatementPdf(s, path, &error) : writeStatementCsv(s, path, &error);
                        if (!ok)
                            QMessageBox::warning(this, tr("Export failed"), tr("The statement could not be written to %1: %2").arg(path, error));
                        else
                            Q_EMIT status(tr("Statement for %1 saved to %2").arg(s.account.accountId, path));
                    });
}

} // namespace hs
