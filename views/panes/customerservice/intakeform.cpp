#include "intakeform.h"
#include "widgets/heading.h"
#include "widgets/messagewords.h"
#include "widgets/money.h"

#include "codec/commandparser.h"
#include "domain/usstates.h"
#include "shell/theme.h"
#include "panes/history/eventtext.h"
#include "shipmentwords.h"
#include "util/isotime.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <algorithm>
#include <QComboBox>
#include <QCompleter>
#include <QAbstractItemView>
#include <QAccessible>
#include <QEvent>
#include <QKeyEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace hs {

namespace {
// Field names as the labels show them; translated in retranslateUi().
const char *const addressLabels[6] = {QT_TRANSLATE_NOOP("hs::IntakeForm", "Name"), QT_TRANSLATE_NOOP("hs::IntakeForm", "Street"),
                                      QT_TRANSLATE_NOOP("hs::IntakeForm", "Line 2"), QT_TRANSLATE_NOOP("hs::IntakeForm", "City"),
                                      QT_TRANSLATE_NOOP("hs::IntakeForm", "State"), QT_TRANSLATE_NOOP("hs::IntakeForm", "ZIP")};
const char *const addressKeys[6] = {"name", "line1", "line2", "city", "state", "zip"};
const QString accountSeparator = QStringLiteral(" — ");

// Room for the longest message from the start, so the form does not jump as errors come and go.
QLabel *makeErrorLabel(const QString &name)
{
    auto *l = new QLabel;
    l->setObjectName(QStringLiteral("intakeError_%1").arg(name));
    l->setWordWrap(true);
    l->setMinimumWidth(l->fontMetrics().averageCharWidth() * 20);
    l->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    return l;
}

QString textProblem(const QString &v, bool required)
{
    const QString t = v.trimmed();
    if (t.isEmpty())
        return required ? IntakeForm::tr("Required") : QString();
    if (t.size() > fieldrules::maxTextLength)
        return IntakeForm::tr("At most %1 characters").arg(fieldrules::maxTextLength);
    return {};
}
} // namespace

IntakeForm::IntakeForm(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("intakeForm"));
    auto *layout = new QVBoxLayout(this);

    m_shipmentBox = new QGroupBox;
    m_shipmentBox->setObjectName(QStringLiteral("intakeShipmentBox"));
    auto *grid = new QGridLayout(m_shipmentBox);
    m_id = addField(grid, QStringLiteral("shipmentId"), [](const QString &v) {
        if (v.isEmpty())
            return tr("Required");
        return fieldrules::isId(v) ? QString() : tr("Letters, digits, . _ - only");
    });
    m_id->edit->setMaxLength(40);

    // The account: an editable combo searched by number or name.
    m_accountCombo = new QComboBox;
    m_accountCombo->setObjectName(QStringLiteral("intake_account"));
    m_accountCombo->setEditable(true);
    m_accountCombo->setInsertPolicy(QComboBox::NoInsert);
    m_accountCombo->setMinimumContentsLength(18);
    auto *completer = new QCompleter(m_accountCombo->model(), m_accountCombo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_accountCombo->setCompleter(completer);
    completer->popup()->installEventFilter(this);
    m_account = new Field;
    m_account->label = new QLabel;
    m_account->edit = m_accountCombo->lineEdit();
    m_account->edit->setObjectName(QStringLiteral("intake_accountEdit"));
    m_account->error = makeErrorLabel(QStringLiteral("account"));
    m_account->check = [this](const QString &) {
        const QString id = accountId();
        if (id.isEmpty())
            return tr("Choose an account");
        return fieldrules::isId(id) ? QString() : tr("Not an account number");
    };
    const int accountRow = grid->rowCount();
    grid->addWidget(m_account->label, accountRow, 0);
    grid->addWidget(m_accountCombo, accountRow, 1);
    grid->addWidget(m_account->error, accountRow, 2);
    m_fields << m_account;

    m_weight = addField(grid, QStringLiteral("weight"), [this](const QString &v) {
        if (v.trimmed().isEmpty())
            return tr("Required");
        return weight() ? QString() : tr("1 to %1 lb, whole").arg(QLocale().toString(fieldrules::maxWeightLb));
    });
    m_weight->edit->setPlaceholderText(tr("lb"));
    m_reference = addField(grid, QStringLiteral("customerReference"), [](const QString &v) {
        if (v.size() > fieldrules::maxReferenceLength)
            return tr("At most %1 characters").arg(fieldrules::maxReferenceLength);
        return std::all_of(v.cbegin(), v.cend(), [](QChar c) { return c.isPrint(); }) ? QString() : tr("Printable characters only");
    });
    m_reference->edit->setMaxLength(fieldrules::maxReferenceLength);
    addPromise(grid, QStringLiteral("pickupBy"), m_pickupBy);
    addPromise(grid, QStringLiteral("deliverBy"), m_deliverBy);
    layout->addWidget(m_shipmentBox);

    m_pickupBox = new QGroupBox;
    m_pickupBox->setObjectName(QStringLiteral("intakePickupBox"));
    addAddress(m_pickupBox, QStringLiteral("pickup"), m_pickup);
    layout->addWidget(m_pickupBox);
    m_destinationBox = new QGroupBox;
    m_destinationBox->setObjectName(QStringLiteral("intakeDestinationBox"));
    addAddress(m_destinationBox, QStringLiteral("destination"), m_destination);
    layout->addWidget(m_destinationBox);

    m_quote = makeHeading(HeadingLevel::Section, "intakeQuote");
    m_quote->setWordWrap(true);
    layout->addWidget(m_quote);
    m_credit = new QLabel;
    m_credit->setObjectName(QStringLiteral("intakeCredit"));
    m_credit->setWordWrap(true);
    layout->addWidget(m_credit);

    m_closedReason = new QLabel;
    m_closedReason->setObjectName(QStringLiteral("intakeClosedReason"));
    m_closedReason->setWordWrap(true);
    m_closedReason->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 6px; border-radius: 4px; }")
                                      .arg(theme::attentionBackground().name(), theme::attentionText().name()));
    m_closedReason->hide();
    layout->insertWidget(0, m_closedReason);
    connect(session, &Session::actorChanged, this, [this] { setLive(m_live); });

    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("intakeResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QHBoxLayout;
    m_clear = new QPushButton;
    m_clear->setObjectName(QStringLiteral("intakeClear"));
    m_submit = new QPushButton;
    m_submit->setObjectName(QStringLiteral("intakeSubmit"));
    m_submit->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_submit);
    layout->addLayout(buttons);
    layout->addStretch(1);

    m_explainTimer = new QTimer(this);
    m_explainTimer->setSingleShot(true);
    m_explainTimer->setInterval(300);
    connect(m_explainTimer, &QTimer::timeout, this, &IntakeForm::explainDraft);

    for (Field *f : std::as_const(m_fields)) {
        connect(f->edit, &QLineEdit::textChanged, this, [this, f] {
            f->decided.clear();
            showError(*f);
            if (f == m_weight || f == m_account)
                updateQuote();
            m_creditConfirmed.clear();
            scheduleExplain();
        });
        // Errors appear once the clerk has typed into a field or left it.
        connect(f->edit, &QLineEdit::textEdited, this, [this, f] {
            f->touched = true;
            if (f == m_id)
                m_idEdited = true;
            showError(*f);
        });
        connect(f->edit, &QLineEdit::editingFinished, this, [this, f] {
            f->touched = f->touched || !f->edit->text().isEmpty();
            showError(*f);
        });
        connect(f->edit, &QLineEdit::returnPressed, this, [this] {
            if (!std::exchange(m_enterOnSuggestion, false))
                submit();
        });
        // Once every marked field is right, the request to correct them has served.
        connect(f->edit, &QLineEdit::textChanged, this, [this] {
            if (m_askedToCorrect && checkAll(false))
                setResult(QString(), false);
        });
    }
    // The state as a postal code or its name ("Iowa"), completed from the list; it becomes the code.
    QStringList stateWords;
    for (const usstates::UsState &st : usstates::all())
        stateWords << QString(st.name) << QString(st.code);
    for (QLineEdit *state : {m_pickup[4]->edit, m_destination[4]->edit}) {
        state->setMaxLength(40);
        auto *completer = new QCompleter(stateWords, state);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        state->setCompleter(completer);
        completer->popup()->installEventFilter(this);
        connect(state, &QLineEdit::editingFinished, state, [state] {
            if (const auto code = usstates::codeFor(state->text()); code && *code != state->text())
                state->setText(*code);
        });
    }
    m_pickup[5]->edit->setMaxLength(5);
    m_destination[5]->edit->setMaxLength(5);
    connect(m_submit, &QPushButton::clicked, this, &IntakeForm::submit);
    connect(m_clear, &QPushButton::clicked, this, &IntakeForm::clear);
    connect(session->client(), &StoreClient::commandFinished, this, &IntakeForm::onFinished);
    connect(session->client(), &StoreClient::commandFailed, this, [this](const CommandEnvelope &c, const QString &message) {
        if (c.commandId != m_pending)
            return;
        m_pending.clear();
        m_submit->setEnabled(isOpen());
        setResult(tr("Not stored: %1").arg(message), true);
    });
    retranslateUi();
    updateQuote();
}

IntakeForm::~IntakeForm() { qDeleteAll(m_fields); }

void IntakeForm::addPromise(QGridLayout *grid, const QString &name, Promise &p)
{
    p.label = new QLabel;
    p.given = new QCheckBox;
    p.given->setObjectName(QStringLiteral("intake_%1Given").arg(name));
    p.at = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1));
    p.at->setObjectName(QStringLiteral("intake_%1").arg(name));
    p.at->setCalendarPopup(true);
    p.at->setEnabled(false);
    p.label->setBuddy(p.given);
    auto *row = new QHBoxLayout;
    row->addWidget(p.given);
    row->addWidget(p.at, 1);
    const int r = grid->rowCount();
    grid->addWidget(p.label, r, 0);
    grid->addLayout(row, r, 1);
    connect(p.given, &QCheckBox::toggled, p.at, &QWidget::setEnabled);
    connect(p.given, &QCheckBox::toggled, this, &IntakeForm::scheduleExplain);
    connect(p.at, &QDateTimeEdit::dateTimeChanged, this, &IntakeForm::scheduleExplain);
}

std::optional<qint64> IntakeForm::Promise::value() const
{
    if (!given->isChecked())
        return std::nullopt;
    return at->dateTime().toMSecsSinceEpoch();
}

IntakeForm::Field *IntakeForm::addField(QGridLayout *grid, const QString &name, std::function<QString(const QString &)> check)
{
    auto *f = new Field;
    f->label = new QLabel;
    f->edit = new QLineEdit;
    f->edit->setObjectName(QStringLiteral("intake_%1").arg(name));
    f->error = makeErrorLabel(name);
    f->check = std::move(check);
    const int row = grid->rowCount();
    grid->addWidget(f->label, row, 0);
    grid->addWidget(f->edit, row, 1);
    grid->addWidget(f->error, row, 2);
    f->label->setBuddy(f->edit);
    m_fields << f;
    return f;
}

void IntakeForm::addAddress(QGroupBox *box, const QString &prefix, Field *fields[6])
{
    auto *grid = new QGridLayout(box);
    for (int i = 0; i < 6; ++i) {
        std::function<QString(const QString &)> check;
        switch (i) {
        case 2: check = [](const QString &v) { return textProblem(v, false); }; break;
        case 4: check = [](const QString &v) { return usstates::codeFor(v) ? QString() : tr("A US state or territory, e.g. NE or Nebraska"); }; break;
        case 5: check = [](const QString &v) { return fieldrules::isZip(v) ? QString() : tr("Five digits"); }; break;
        default: check = [](const QString &v) { return textProblem(v, true); }; break;
        }
        fields[i] = addField(grid, QStringLiteral("%1_%2").arg(prefix, QLatin1String(addressKeys[i])), std::move(check));
        fields[i]->edit->setMaxLength(i >= 4 ? 5 : fieldrules::maxTextLength + 1);
    }
}

void IntakeForm::showError(Field &f)
{
    QString problem = f.check(f.edit->text());
    if (problem.isEmpty())
        problem = f.decided;
    const bool shown = f.touched && !problem.isEmpty();
    f.error->setText(shown ? problem : QString());
    f.error->setToolTip(shown ? problem : QString());
    f.edit->setAccessibleDescription(shown ? problem : QString());
    f.error->setStyleSheet(QStringLiteral("color: %1;").arg(theme::errorText(palette()).name()));
}

bool IntakeForm::checkAll(bool touchAll)
{
    bool ok = true;
    for (Field *f : std::as_const(m_fields)) {
        if (touchAll)
            f->touched = true;
        showError(*f);
        ok = ok && f->check(f->edit->text()).isEmpty();
    }
    return ok;
}

QString IntakeForm::accountId() const
{
    const QString text = m_accountCombo->currentText().trimmed();
    const int index = m_accountCombo->findText(text);
    if (index >= 0)
        return m_accountCombo->itemData(index).toString();
    // Typed by hand: the number alone, or "number — name".
    return text.section(accountSeparator, 0, 0).trimmed();
}

std::optional<int> IntakeForm::weight() const
{
    bool ok = false;
    const int w = QLocale().toInt(m_weight->edit->text().trimmed(), &ok);
    const int plain = ok ? w : m_weight->edit->text().trimmed().toInt(&ok);
    if (!ok || plain < 1 || plain > fieldrules::maxWeightLb)
        return std::nullopt;
    return plain;
}

Address IntakeForm::address(Field *const f[6]) const
{
    Address a;
    a.name = f[0]->edit->text().trimmed();
    a.line1 = f[1]->edit->text().trimmed();
    const QString line2 = f[2]->edit->text().trimmed();
    if (!line2.isEmpty())
        a.line2 = line2;
    a.city = f[3]->edit->text().trimmed();
    a.state = usstates::codeFor(f[4]->edit->text()).value_or(f[4]->edit->text());
    a.zip = f[5]->edit->text();
    return a;
}

cmd::SubmitShipment IntakeForm::draft() const
{
    const QString reference = m_reference->edit->text().trimmed();
    return cmd::SubmitShipment{m_id->edit->text(), accountId(), address(m_pickup), address(m_destination), weight().value_or(0),
                               reference.isEmpty() ? std::nullopt : std::optional(reference), m_pickupBy.value(), m_deliverBy.value()};
}

void IntakeForm::setAccounts(const std::vector<AccountView> &accounts)
{
    m_accountViews.clear();
    for (const AccountView &a : accounts)
        m_accountViews.insert(a.accountId, a);
    // Add and rename in place: rebuilding the list would lose what the clerk is typing.
    const int indexBefore = m_accountCombo->currentIndex();
    const QString typed = m_accountCombo->currentText();
    for (const AccountView &a : accounts) {
        const QString text = a.accountId + accountSeparator + a.name;
        const int index = m_accountCombo->findData(a.accountId);
        if (index < 0)
            m_accountCombo->addItem(text, a.accountId);
        else if (m_accountCombo->itemText(index) != text)
            m_accountCombo->setItemText(index, text);
    }
    // The first item added becomes current; an untouched picker stays empty.
    if (indexBefore < 0 && m_accountCombo->currentIndex() >= 0) {
        m_accountCombo->setCurrentIndex(-1);
        m_accountCombo->setEditText(typed);
    }
    updateCredit();
}

void IntakeForm::setProposedId(const QString &id)
{
    m_proposedId = id;
    if (!m_idEdited && m_id->edit->text() != id)
        m_id->edit->setText(id);
}

void IntakeForm::setSchedule(const pricing::Schedule &schedule)
{
    m_schedule = schedule;
    updateQuote();
}

void IntakeForm::setLive(bool live)
{
    m_live = live;
    const bool open = isOpen();
    m_submit->setEnabled(open && m_pending.isEmpty());
    m_submit->setToolTip(!live ? tr("The dashboard shows a past moment: this view is read-only. Return to now to submit.")
                         : !open ? m_closedReason->text() : tr("Send the shipment (Enter)"));
    for (Field *f : std::as_const(m_fields))
        f->edit->setReadOnly(!open);
    m_accountCombo->setEnabled(open);
    // Live but for another department: say once why nothing here can be typed.
    m_closedReason->setVisible(live && !open);
}

bool IntakeForm::isOpen() const
{
    return m_live && departmentFor(Command{cmd::SubmitShipment{}}) == m_session->actor().department;
}

std::optional<qint64> IntakeForm::quotedPrice() const
{
    const auto w = weight();
    if (!w)
        return std::nullopt;
    return pricing::quote(m_schedule, *w, isotime::nowMs()).priceCents;
}

std::optional<QString> IntakeForm::creditWarning() const
{
    const auto it = m_accountViews.constFind(accountId());
    if (it == m_accountViews.constEnd())
        return std::nullopt;
    const receivables::Credit credit = it->credit();
    if (credit.onHold)
        return tr("Account %1 is on credit hold: the shipment will be refused until Finance releases it.").arg(it->accountId);
    const auto price = quotedPrice();
    if (const auto excess = price ? credit.excessWith(*price) : std::nullopt)
        return tr("This shipment would take %1 over its credit limit by %2: it will be refused.").arg(it->accountId, formatMoney(*excess));
    return std::nullopt;
}

void IntakeForm::updateCredit()
{
    const auto it = m_accountViews.constFind(accountId());
    if (it == m_accountViews.constEnd()) {
        m_credit->clear();
        return;
    }
    const receivables::Credit credit = it->credit();
    QString text = credit.limitCents
        ? tr("Credit limit %1 · exposure %2 · available %3")
              .arg(formatMoney(*credit.limitCents), formatMoney(credit.exposureCents()), formatMoney(*credit.availableCents()))
        : tr("No credit limit · exposure %1").arg(formatMoney(credit.exposureCents()));
    const auto warning = creditWarning();
    if (warning)
        text += QStringLiteral("\n") + *warning;
    m_credit->setText(text);
    m_credit->setStyleSheet(warning ? theme::textStyle(theme::Tone::Bad) + QStringLiteral(" QLabel { font-weight: bold; }") : QString());
    m_credit->setAccessibleName(text);
}

void IntakeForm::updateQuote()
{
    updateCredit();
    const auto w = weight();
    if (!w) {
        showQuote(tr("Quote: enter a weight"));
        return;
    }
    // The same function the decider prices with, at the moment the command would carry.
    const pricing::Quote q = pricing::quote(m_schedule, *w, isotime::nowMs());
    const QString rate = tr("%1¢ per lb").arg(q.rule.centsPerLb);
    QString basis = q.rule.ruleId.isEmpty() ? tr("%1, standing rate").arg(rate) : tr("%1, rule %2").arg(rate, q.rule.ruleId);
    if (q.rule.minimumCents > 0)
        basis += tr(", minimum %1").arg(formatMoney(q.rule.minimumCents));
    showQuote(tr("Quote: %1 (%2)").arg(formatMoney(q.priceCents), basis));
}

namespace {
// The name says what a label is; its description, announced on change, what it says now.
void announce(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setAccessibleDescription(text);
    QAccessibleEvent changed(label, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}
} // namespace

void IntakeForm::showQuote(const QString &text) { announce(m_quote, text); }

QString IntakeForm::quoteText() const { return m_quote->text(); }
QString IntakeForm::resultText() const { return m_result->text(); }
QString IntakeForm::creditText() const { return m_credit->text(); }

void IntakeForm::scheduleExplain()
{
    ++m_explainGeneration;
    m_explainTimer->start();
}

void IntakeForm::explainDraft()
{
    if (!isOpen() || !checkAll(false))
        return;
    const int generation = m_explainGeneration;
    const cmd::SubmitShipment shipment = draft();
    const std::vector<std::pair<QString, Command>> submit{{shipment.shipmentId, shipment}};
    m_session->explain(this, submit, [this, generation, id = shipment.shipmentId](const Verdicts<QString> &v) {
        if (generation != m_explainGeneration || !v.asked(id))
            return;
        const std::optional<Rejection> &r = v.rejection(id);
        // Put the decider's objection beside the field it is about.
        m_id->decided.clear();
        m_account->decided.clear();
        if (r && r->code == RejectionCode::AlreadyExists)
            m_id->decided = words::refusal(*r);
        else if (r && r->code == RejectionCode::NotFound)
            m_account->decided = words::refusal(*r);
        m_id->touched = m_id->touched || !m_id->decided.isEmpty();
        m_account->touched = m_account->touched || !m_account->decided.isEmpty();
        showError(*m_id);
        showError(*m_account);
    });
}

void IntakeForm::submit()
{
    if (!isOpen() || !m_pending.isEmpty())
        return;
    if (!checkAll(true)) {
        for (Field *f : std::as_const(m_fields)) {
            if (!f->check(f->edit->text()).isEmpty()) {
                f->edit->setFocus();
                break;
            }
        }
        setResult(tr("Please correct the marked fields."), true);
        m_askedToCorrect = true;
        return;
    }
    // Warn once before sending what the credit check will refuse; a second press sends it.
    const QString fingerprint = accountId() + u'/' + m_weight->edit->text();
    if (const auto warning = creditWarning(); warning && m_creditConfirmed != fingerprint) {
        m_creditConfirmed = fingerprint;
        setResult(tr("%1 Press Submit again to send it anyway.").arg(*warning), true);
        return;
    }
    m_creditConfirmed.clear();
    m_pending = m_session->submit(draft()).commandId;
    m_submit->setEnabled(false);
    setResult(tr("Sending %1…").arg(m_id->edit->text()), false);
}

void IntakeForm::onFinished(const CommandEnvelope &c, const CommandResult &r)
{
    if (c.commandId != m_pending)
        return;
    m_pending.clear();
    m_submit->setEnabled(isOpen());
    const auto *s = std::get_if<cmd::SubmitShipment>(&c.command);
    if (!s)
        return;
    if (r.accepted) {
        qint64 price = 0;
        for (const RecordedEvent &e : r.events)
            if (const auto *sub = std::get_if<ev::ShipmentSubmitted>(&e.event))
                price = sub->priceCents;
        clear();
        setResult(tr("Shipment %1 accepted for %2.").arg(s->shipmentId, formatMoney(price)), false);
        Q_EMIT accepted(s->shipmentId);
        return;
    }
    const QString reason = r.rejection ? words::refusal(*r.rejection) : tr("no reason given");
    setResult(tr("Rejected: %1").arg(reason), true);
    if (r.rejection && r.rejection->code == RejectionCode::AlreadyExists) {
        m_id->decided = reason;
        showError(*m_id);
    } else if (r.rejection && r.rejection->code == RejectionCode::NotFound) {
        m_account->decided = reason;
        showError(*m_account);
    }
}

bool IntakeForm::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a suggestion (account, state) takes the suggestion; the completer then passes
    // the key on to the field, whose returnPressed must not submit the half-filled form.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        auto *popup = qobject_cast<QWidget *>(watched);
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && popup && popup->isVisible()) {
            m_enterOnSuggestion = true;
            QTimer::singleShot(0, this, [this] { m_enterOnSuggestion = false; });
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IntakeForm::changeEvent(QEvent *event)
{
    // Light or dark now: the problem red follows.
    if (event->type() == QEvent::PaletteChange) {
        for (Field *f : std::as_const(m_fields))
            showError(*f);
        if (!m_result->styleSheet().isEmpty())
            setResult(m_result->text(), true);
    }
    QWidget::changeEvent(event);
}

void IntakeForm::setResult(const QString &text, bool problem)
{
    m_askedToCorrect = false;
    announce(m_result, text);
    m_result->setStyleSheet(problem ? QStringLiteral("color: %1;").arg(theme::errorText(palette()).name()) : QString());
}

void IntakeForm::clear()
{
    for (Field *f : std::as_const(m_fields)) {
        f->touched = false;
        f->decided.clear();
        if (f != m_id)
            f->edit->clear();
    }
    m_accountCombo->setCurrentIndex(-1);
    m_accountCombo->clearEditText();
    for (const Promise *p : {&m_pickupBy, &m_deliverBy}) {
        p->given->setChecked(false);
        p->at->setDateTime(QDateTime::currentDateTime().addDays(1));
    }
    m_idEdited = false;
    m_id->edit->setText(m_proposedId);
    for (Field *f : std::as_const(m_fields))
        showError(*f);
    setResult(QString(), false);
    m_accountCombo->setFocus();
}

void IntakeForm::retranslateUi()
{
    // Promised times in the language's own short form, to the minute.
    for (Promise *p : {&m_pickupBy, &m_deliverBy})
        p->at->setDisplayFormat(eventtext::shortDateTimeFormat());
    m_shipmentBox->setTitle(tr("New shipment"));
    m_pickupBox->setTitle(tr("Pickup"));
    m_destinationBox->setTitle(tr("Destination"));
    m_id->label->setText(tr("Shipment &number"));
    m_account->label->setText(tr("&Account"));
    m_account->label->setBuddy(m_accountCombo);
    m_weight->label->setText(tr("&Weight (lb)"));
    m_id->edit->setAccessibleName(tr("Shipment number"));
    m_id->edit->setToolTip(tr("The next free number is proposed; you may type another."));
    m_accountCombo->setAccessibleName(tr("Account"));
    m_accountCombo->setToolTip(tr("Type an account number or part of the customer's name."));
    m_accountCombo->lineEdit()->setPlaceholderText(tr("Number or name"));
    m_account->edit->setAccessibleName(tr("Account"));
    m_weight->edit->setAccessibleName(tr("Weight in pounds"));
    m_reference->label->setText(tr("Customer &reference"));
    m_reference->edit->setAccessibleName(tr("Customer reference"));
    m_reference->edit->setPlaceholderText(tr("optional: PO or load number"));
    m_reference->edit->setToolTip(tr("The customer's own number for this load; Customer Service can find the shipment by it."));
    m_pickupBy.label->setText(tr("Pic&kup by"));
    m_pickupBy.given->setAccessibleName(tr("A pickup time was promised"));
    m_pickupBy.at->setAccessibleName(tr("Latest promised pickup"));
    m_deliverBy.label->setText(tr("Deli&ver by"));
    m_deliverBy.given->setAccessibleName(tr("A delivery time was promised"));
    m_deliverBy.at->setAccessibleName(tr("Latest promised delivery"));
    for (int i = 0; i < 6; ++i) {
        const QString label = tr(addressLabels[i]);
        m_pickup[i]->label->setText(label);
        m_destination[i]->label->setText(label);
        m_pickup[i]->edit->setAccessibleName(tr("Pickup %1").arg(label));
        m_destination[i]->edit->setAccessibleName(tr("Destination %1").arg(label));
    }
    m_pickup[2]->edit->setPlaceholderText(tr("optional"));
    m_destination[2]->edit->setPlaceholderText(tr("optional"));
    for (Field *f : std::as_const(m_fields))
        f->error->setAccessibleName(tr("Problem with %1").arg(f->edit->accessibleName()));
    m_quote->setAccessibleName(tr("Price quote"));
    m_result->setAccessibleName(tr("Result of the last submission"));
    m_closedReason->setText(tr("Read-only for your department: only Customer Service takes new shipments."));
    m_closedReason->setAccessibleName(m_closedReason->text());
    m_submit->setText(tr("&Submit"));
    m_submit->setAccessibleName(tr("Submit shipment"));
    m_clear->setText(tr("C&lear"));
    m_clear->setAccessibleName(tr("Clear the form"));
    setLive(m_live);
    for (Field *f : std::as_const(m_fields))
        showError(*f);
    updateQuote();
}

} // namespace hs
