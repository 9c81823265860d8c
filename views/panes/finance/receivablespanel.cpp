#include "receivablespanel.h"
#include "widgets/recordtable.h"
#include "shell/theme.h"

#include "documents/businessdocuments.h"
#include "receivablesmodels.h"
#include "statementexport.h"
#include "shell/session.h"
#include "util/isotime.h"
#include "widgets/money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace hs {

namespace {

QTableView *table(const QString &name, QAbstractItemModel *model)
{
    QTableView *t = makeRecordTable(name, model);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

} // namespace

ReceivablesPanel::ReceivablesPanel(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("receivablesPanel"));
    m_aging = new AgingModel(this);
    m_agingProxy = new QSortFilterProxyModel(this);
    m_agingProxy->setSourceModel(m_aging);
    m_agingProxy->setSortRole(AgingModel::RawRole);
    m_agingView = table(QStringLiteral("agingTable"), m_agingProxy);
    m_agingView->setSortingEnabled(true);
    m_agingView->sortByColumn(AgingModel::Account, Qt::AscendingOrder);
    connect(m_agingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (i.isValid())
            showAccount(m_agingProxy->index(i.row(), AgingModel::Account).data(AgingModel::RawRole).toString());
    });
    m_invoices = new InvoicesModel(this);
    m_invoicesView = table(QStringLiteral("invoicesTable"), m_invoices);
    m_invoicesTitle = new QLabel;
    m_invoicesTitle->setObjectName(QStringLiteral("invoicesTitle"));

    m_dateLabel = new QLabel;
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setObjectName(QStringLiteral("agingDate"));
    m_date->setCalendarPopup(true);
    m_dateLabel->setBuddy(m_date);
    connect(m_date, &QDateEdit::dateChanged, this, &ReceivablesPanel::refresh);
    m_csv = new QPushButton;
    m_csv->setObjectName(QStringLiteral("agingCsvButton"));
    m_pdf = new QPushButton;
    m_pdf->setObjectName(QStringLiteral("agingPdfButton"));
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseExport(true); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_dateLabel);
    bar->addWidget(m_date);
    bar->addStretch(1);
    bar->addWidget(m_csv);
    bar->addWidget(m_pdf);

    m_bars = new QBarSet(QString());
    m_bars->setColor(theme::tone(theme::Tone::Bad));
    auto *series = new QBarSeries;
    series->append(m_bars);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    auto *categories = new QBarCategoryAxis;
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    m_chart = new QChartView(chart);
    m_chart->setObjectName(QStringLiteral("agingChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumWidth(260);

    auto *drill = new QWidget;
    auto *dv = new QVBoxLayout(drill);
    dv->setContentsMargins(0, 0, 0, 0);
    dv->addWidget(m_invoicesTitle);
    dv->addWidget(m_invoicesView, 1);
    auto *split = new QSplitter;
    split->setChildrenCollapsible(false);
    split->addWidget(m_agingView);
    split->addWidget(m_chart);
    split->addWidget(drill);
    split->setSizes({420, 260, 420});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    retranslateUi();
}

qint64 ReceivablesPanel::chosenMoment() const
{
    const qint64 endOfDay = QDateTime(m_date->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1;
    const qint64 ceiling = m_session->asOfTime().value_or(isotime::nowMs());
    return std::min(endOfDay, ceiling);
}

void ReceivablesPanel::refresh()
{
    const qint64 moment = chosenMoment();
    const bool past = moment < m_session->asOfTime().value_or(isotime::nowMs());
    const bool live = m_session->isLive() && !past;
    const int serial = ++m_serial;
    m_session->client()->read(this, [moment, live](ReadContext &ctx) {
        std::optional<AsOf> at;
        if (!live)
            at = ctx.queries.resolveAsOf(moment);
        return agingReport(ctx.queries, at ? &*at : nullptr, moment);
    }, [this, serial, moment](std::vector<AgingRow> rows) {
        if (serial != m_serial)
            return;
        m_moment = moment;
        m_aging->setRows(std::move(rows));
        const auto totals = m_aging->totals();
        m_bars->remove(0, m_bars->count());
        double top = 0;
        for (qint64 c : totals) {
            m_bars->append(double(c) / 100.0);
            top = std::max(top, double(c) / 100.0);
        }
        if (auto *axis = qobject_cast<QValueAxis *>(m_chart->chart()->axes(Qt::Vertical).value(0)))
            axis->setRange(0, top > 0 ? top * 1.1 : 1);
        retranslateUi();
        loadInvoices();
        Q_EMIT agingShown();
    });
}

void ReceivablesPanel::showAccount(const QString &accountId)
{
    if (accountId == m_account)
        return;
    m_account = accountId;
    loadInvoices();
}

void ReceivablesPanel::loadInvoices()
{
    const QString id = m_account;
    const qint64 moment = m_moment ? m_moment : chosenMoment();
    const bool live = m_session->isLive() && moment >= isotime::nowMs() - 1000;
    m_invoicesTitle->setText(id.isEmpty() ? tr("Pick an account to see its invoices") : tr("Invoices of %1").arg(id));
    if (id.isEmpty()) {
        m_invoices->setRows({});
        return;
    }
    m_session->client()->read(this, [id, moment, live](ReadContext &ctx) {
        std::optional<AsOf> at;
        if (!live)
            at = ctx.queries.resolveAsOf(moment);
        return invoicesOf(ctx.queries, id, at ? &*at : nullptr);
    }, [this, id, moment](std::vector<receivables::Invoice> invoices) {
        if (id != m_account)
            return;
        if (m_invoices->rowCount() > 0 && !invoices.empty() && m_invoices->rowAt(0).shipmentId != invoices.front().shipmentId)
            m_invoices->setRows({});
        m_invoices->setMoment(moment);
        m_invoices->setRows(std::move(invoices));
        Q_EMIT invoicesShown(id);
    });
}

bool ReceivablesPanel::exportCsv(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = f.errorString();
        return false;
    }
    QString out = QStringLiteral("account,name,current,days_1_30,days_31_60,days_61_90,over_90,open,as_of\n");
    const QString asOf = isotime::format(m_moment);
    for (const AgingRow &r : m_aging->rows()) {
        QStringList cells{csvField(r.accountId), csvField(r.name)};
        for (qint64 c : r.cents)
            cells << plainDollars(c);
        cells << plainDollars(r.openCents) << asOf;
        out += cells.join(u',') + u'\n';
    }
    f.write(out.toUtf8());
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

bool ReceivablesPanel::exportPdf(const QString &path, QString *error) const
{
    const CompanyProfile company = CompanyProfile::fromSharedSettings();
    return BusinessDocuments::writePdf(BusinessDocuments::agingReport(m_aging->rows(), m_moment, company),
                                       tr("Aging report"), company, path, error);
}

void ReceivablesPanel::chooseExport(bool pdf)
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/aging-%1.%2").arg(m_date->date().toString(Qt::ISODate), pdf ? u"pdf" : u"csv");
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Save the aging report as PDF") : tr("Save the aging report as CSV"),
                                                      suggested, pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(pdf ? exportPdf(path, &error) : exportCsv(path, &error)))
        QMessageBox::warning(this, tr("Export failed"), tr("%1 could not be written: %2").arg(path, error));
}

void ReceivablesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReceivablesPanel::retranslateUi()
{
    m_dateLabel->setText(tr("Aging &at the end of:"));
    m_date->setAccessibleName(tr("Date the aging report is counted to"));
    m_csv->setText(tr("Export &CSV…"));
    m_csv->setAccessibleName(tr("Export the aging report as CSV"));
    m_pdf->setText(tr("Export P&DF…"));
    m_pdf->setAccessibleName(tr("Export the aging report as PDF"));
    m_agingView->setAccessibleName(tr("Aging report"));
    m_invoicesView->setAccessibleName(tr("Invoices of the account picked in the aging report"));
    m_chart->setAccessibleName(tr("Open amounts by age"));
    m_chart->chart()->setTitle(tr("Open amounts by age (dollars)"));
    m_bars->setLabel(tr("Open"));
    if (auto *axis = qobject_cast<QBarCategoryAxis *>(m_chart->chart()->axes(Qt::Horizontal).value(0))) {
        QStringList names;
        for (int b = 0; b < receivables::agingBucketCount; ++b)
            names << AgingModel::bucketWords(receivables::AgingBucket(b));
        axis->setCategories(names);
    }
    m_invoicesTitle->setText(m_account.isEmpty() ? tr("Pick an account to see its invoices") : tr("Invoices of %1").arg(m_account));
}

} // namespace hs
