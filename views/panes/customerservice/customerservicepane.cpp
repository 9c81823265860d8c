#include "customerservicepane.h"
#include "widgets/recordtable.h"

#include "intakeform.h"
#include "readmodel/intakequeries.h"
#include "shipmentdetail.h"
#include "shipmenttablemodel.h"
#include "shipmentwords.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hs {

namespace {
const QString settingsGroup = QStringLiteral("customerService");
}

CustomerServicePane::CustomerServicePane(Session *session, QWidget *parent) : Pane(session, parent)
{
    setObjectName(QStringLiteral("customer-service"));

    m_form = new IntakeForm(session);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("intakeScroll"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(m_form->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());

    // The lookup: a filter, a status, and the matching shipments newest first.
    auto *lookup = new QWidget;
    auto *lookupLayout = new QVBoxLayout(lookup);
    lookupLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_lookupLabel = new QLabel;
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("lookupFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_lookupLabel->setBuddy(m_filter);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("lookupStatus"));
    m_status->addItem(QString());
    for (int i = 0; i < 5; ++i)
        m_status->addItem(QString(), i);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("lookupCount"));
    bar->addWidget(m_lookupLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_count);
    lookupLayout->addLayout(bar);

    m_model = new ShipmentTableModel(session, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ShipmentTableModel::RawValueRole);
    m_table = makeRecordTable(QStringLiteral("shipmentLookup"), m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the store's order: newest first
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setColumnWidth(ShipmentTableModel::Id, 70);
    m_table->setColumnWidth(ShipmentTableModel::Account, 65);
    m_table->setColumnWidth(ShipmentTableModel::Status, 110);
    m_table->setColumnWidth(ShipmentTableModel::Weight, 80);
    m_table->setColumnWidth(ShipmentTableModel::Price, 85);
    m_table->setColumnWidth(ShipmentTableModel::Truck, 50);
    lookupLayout->addWidget(m_table, 1);

    m_detail = new ShipmentDetail(session);
    // The detail asks for the height its facts need; where the window has less, it scrolls
    // rather than pressing the lines together.
    auto *detailScroll = new QScrollArea;
    detailScroll->setObjectName(QStringLiteral("detailScroll"));
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rightSplit = new QSplitter(Qt::Vertical);
    m_rightSplit->setObjectName(QStringLiteral("customerServiceRightSplit"));
    m_rightSplit->addWidget(lookup);
    m_rightSplit->addWidget(detailScroll);
    m_rightSplit->setStretchFactor(0, 2);
    m_rightSplit->setStretchFactor(1, 3);

    m_split = new QSplitter(Qt::Horizontal);
    m_split->setObjectName(QStringLiteral("customerServiceSplit"));
    m_split->addWidget(scroll);
    m_split->addWidget(m_rightSplit);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_split);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &CustomerServicePane::applyLookup);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &CustomerServicePane::applyLookup);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CustomerServicePane::applyLookup);
    connect(m_model, &ShipmentTableModel::updated, this, &CustomerServicePane::onModelUpdated);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_detail->showShipment(selectedShipmentId());
    });
    connect(m_form, &IntakeForm::accepted, this, &CustomerServicePane::onAccepted);

    auto *cancel = new QAction(this);
    cancel->setObjectName(QStringLiteral("cancelShipmentAction"));
    cancel->setShortcut(QKeySequence::Delete);
    cancel->setShortcutContext(Qt::WidgetShortcut);
    connect(cancel, &QAction::triggered, m_detail, &ShipmentDetail::cancelShipment);
    m_table->addAction(cancel);
    connect(session, &Session::asOfChanged, this, [this] { m_revealSelection = true; });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_filter, [this] { m_filter->setFocus(); m_filter->selectAll(); });
    addAction(find);

    QSettings s;
    s.beginGroup(settingsGroup);
    m_table->horizontalHeader()->restoreState(s.value(QStringLiteral("lookupHeader")).toByteArray());
    // The form at its narrowest until the clerk says otherwise: the lookup's columns need the room.
    if (!m_split->restoreState(s.value(QStringLiteral("split")).toByteArray()))
        m_split->setSizes({scroll->minimumWidth(), 4 * scroll->minimumWidth()});
    if (!m_rightSplit->restoreState(s.value(QStringLiteral("rightSplit")).toByteArray()))
        m_rightSplit->setSizes({2000, 3000}); // in proportion: the lookup scrolls, the detail's facts are read whole
    s.endGroup();
    retranslateUi();
}

CustomerServicePane::~CustomerServicePane()
{
    QSettings s;
    s.beginGroup(settingsGroup);
    s.setValue(QStringLiteral("lookupHeader"), m_table->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("split"), m_split->saveState());
    s.setValue(QStringLiteral("rightSplit"), m_rightSplit->saveState());
}

void CustomerServicePane::refresh()
{
    const bool live = session()->isLive();
    m_form->setLive(live);
    if (!m_loaded) {
        m_loaded = true;
        applyLookup();
    } else {
        m_model->refresh(); // changed rows only
    }
    m_detail->reload();
    // What the form needs to propose an id and quote: accounts, the next number, the schedule.
    struct IntakeData
    {
        std::vector<AccountView> accounts;
        QString nextId;
        pricing::Schedule schedule;
    };
    session()->read(this, [](ReadContext &ctx, const AsOf *at) {
        IntakeData d;
        d.accounts = ctx.queries.accounts(at);
        d.nextId = intake::nextShipmentId(ctx.db.connection());
        // Quotes are for now, whatever moment the time machine shows.
        d.schedule = intake::pricingSchedule(ctx.events);
        return d;
    }, [this](IntakeData d) {
        m_form->setAccounts(d.accounts);
        m_form->setProposedId(d.nextId);
        m_form->setSchedule(d.schedule);
    });
}

void CustomerServicePane::applyLookup()
{
    m_filterTimer->stop();
    ShipmentQuery q;
    q.order = ShipmentQuery::Order::NewestFirst;
    q.text = m_filter->text().trimmed();
    if (m_status->currentIndex() > 0)
        q.status = ShipmentStatus(m_status->currentData().toInt());
    const ShipmentQuery current = m_model->query();
    if (m_model->rowCount() > 0 && current.text == q.text && current.status == q.status)
        return;
    m_model->setQuery(q);
}

void CustomerServicePane::onModelUpdated()
{
    updateCount();
    markDataShown();
    if (!m_pendingSelect.isEmpty()) {
        const int row = m_model->rowOf(m_pendingSelect);
        if (row >= 0) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            m_pendingSelect.clear();
        }
    }
    if (m_revealSelection && m_table->currentIndex().isValid()) {
        m_revealSelection = false;
        m_table->scrollTo(m_table->currentIndex());
    }
    // Something to read from the first moment: the newest shipment.
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0 && m_pendingSelect.isEmpty())
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    // The selected shipment may have moved on: its detail follows.
    if (!m_detail->shipmentId().isEmpty() && m_detail->shipmentId() != selectedShipmentId() && !selectedShipmentId().isEmpty())
        m_detail->showShipment(selectedShipmentId());
}

void CustomerServicePane::onAccepted(const QString &shipmentId)
{
    Q_EMIT status(tr("Shipment %1 accepted.").arg(shipmentId));
    selectShipment(shipmentId);
}

void CustomerServicePane::selectShipment(const QString &shipmentId)
{
    m_pendingSelect = shipmentId;
    // Read your writes: show everything, so the new shipment is in the list to select.
    if (!m_filter->text().isEmpty() || m_status->currentIndex() != 0) {
        const QSignalBlocker a(m_filter), b(m_status);
        m_filter->clear();
        m_status->setCurrentIndex(0);
        m_model->setQuery(ShipmentQuery{std::nullopt, {}, {}, ShipmentQuery::Order::NewestFirst});
    } else {
        m_model->refresh();
    }
}

QString CustomerServicePane::selectedShipmentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ShipmentTableModel::ShipmentIdRole).toString() : QString();
}

void CustomerServicePane::updateCount()
{
    const int n = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({}) ? tr("%1+ shipments").arg(QLocale().toString(n))
                                               : tr("%n shipment(s)", nullptr, n));
}

void CustomerServicePane::retranslateUi()
{
    m_lookupLabel->setText(tr("&Find"));
    m_filter->setPlaceholderText(tr("Shipment, account or city"));
    m_filter->setAccessibleName(tr("Find shipments by id, account or city"));
    m_filter->setToolTip(tr("Type part of a shipment number, an account number or a city (Ctrl+F)."));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->setItemText(0, tr("Any status"));
    for (int i = 0; i < 5; ++i)
        m_status->setItemText(i + 1, shipmentwords::status(ShipmentStatus(i)));
    m_count->setAccessibleName(tr("Number of shipments found"));
    m_table->setAccessibleName(tr("Shipments found"));
    fitColumnsToTitles(m_table);
    m_form->retranslateUi();
    m_detail->retranslateUi();
    updateCount();
}

} // namespace hs
