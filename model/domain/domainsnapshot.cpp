#include "domainstate.h"

#include <QBuffer>
#include <QDataStream>
#include <QIODevice>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <vector>

namespace hs {

namespace {
// Versioned QDataStream, so that an old snapshot is ignored, never misread.
constexpr quint32 snapshotMagic = 0x48534e50; // "HSNP"
constexpr quint32 snapshotVersion = 3; // 3: accounts' credit terms, holds and ledger

// A key's first characters packed so that comparing the numbers compares them, sixteen of
// them when every one fits a byte (ids and entity keys do), else eight: the sort then rarely
// reads the strings themselves (a cache miss each).
std::array<quint64, 2> packedPrefix(QStringView key, bool narrow)
{
    std::array<quint64, 2> packed{};
    const int bits = narrow ? 8 : 16, perWord = 64 / bits;
    for (qsizetype i = 0; i < std::min<qsizetype>(key.size(), 2 * perWord); ++i)
        packed[size_t(i / perWord)] |= quint64(key[i].unicode()) << (64 - bits * (1 + i % perWord));
    return packed;
}

template <typename Value> struct SortedEntry
{
    std::array<quint64, 2> prefix;
    QStringView key;
    const Value *value;
};

// Entries in key order, so that equal states serialise to equal bytes whatever QHash's seed.
template <typename Map> auto sortedEntries(const Map &m)
{
    using Value = typename Map::mapped_type;
    std::vector<SortedEntry<Value>> entries;
    entries.reserve(size_t(m.size()));
    bool narrow = true;
    for (auto it = m.cbegin(); it != m.cend(); ++it) {
        const QString &text = it.key();
        const QStringView key = text;
        const QStringView first = key.first(std::min<qsizetype>(key.size(), 16));
        narrow = narrow && std::all_of(first.begin(), first.end(), [](QChar c) { return c.unicode() < 0x100; });
        entries.push_back({{}, key, &it.value()});
    }
    for (SortedEntry<Value> &e : entries)
        e.prefix = packedPrefix(e.key, narrow);
    std::sort(entries.begin(), entries.end(), [](const SortedEntry<Value> &a, const SortedEntry<Value> &b) {
        if (a.prefix[0] != b.prefix[0])
            return a.prefix[0] < b.prefix[0];
        return a.prefix[1] != b.prefix[1] ? a.prefix[1] < b.prefix[1] : a.key < b.key;
    });
    return entries;
}

// Writes what QDataStream (version Qt_6_4, big-endian) would, straight into one buffer: a
// QIODevice call per field took most of the time of a snapshot of a million events.
class SnapshotWriter
{
public:
    QByteArray take() { return std::move(m_out); }

    SnapshotWriter &operator<<(qint8 v)
    {
        m_out.append(char(v));
        return *this;
    }
    SnapshotWriter &operator<<(bool v) { return *this << qint8(v ? 1 : 0); }
    SnapshotWriter &operator<<(qint32 v) { return bigEndian(quint32(v)); }
    SnapshotWriter &operator<<(quint32 v) { return bigEndian(v); }
    SnapshotWriter &operator<<(qint64 v) { return bigEndian(quint64(v)); }
    SnapshotWriter &operator<<(QStringView s) { return text(s, s.isNull()); }
    SnapshotWriter &operator<<(const QString &s) { return text(s, s.isNull()); }

private:
    template <typename T> SnapshotWriter &bigEndian(T v)
    {
        const qsizetype at = m_out.size();
        m_out.resize(at + qsizetype(sizeof v));
        qToBigEndian(v, m_out.data() + at);
        return *this;
    }
    SnapshotWriter &text(QStringView s, bool isNull)
    {
        if (isNull)
            return bigEndian(quint32(0xffffffff));
        bigEndian(quint32(s.size() * 2));
        const qsizetype at = m_out.size();
        m_out.resize(at + s.size() * 2);
        char *to = m_out.data() + at;
        for (const QChar c : s) {
            *to++ = char(c.unicode() >> 8);
            *to++ = char(c.unicode() & 0xff);
        }
        return *this;
    }
    QByteArray m_out;
};
} // namespace

QByteArray DomainState::serialize() const
{
    SnapshotWriter out;
    out << snapshotMagic << snapshotVersion << m_position;
    out << qint64(m_shipments.size());
    for (const auto &[prefix, id, st] : sortedEntries(m_shipments))
        out << id << st->accountId << qint8(st->status) << st->truckId << qint32(st->weightLb) << st->priceCents;
    out << qint64(m_trucks.size());
    for (const auto &[prefix, id, t] : sortedEntries(m_trucks))
        out << id << qint32(t->capacityLb) << t->inService << t->shipmentId << t->outForDelivery;
    out << qint64(m_accounts.size());
    for (const auto &[prefix, id, a] : sortedEntries(m_accounts)) {
        // Payments, invoices and totals follow from the ledger; the reader posts it again.
        out << id << a->name << a->creditLimitCents.has_value() << a->creditLimitCents.value_or(0) << qint32(a->termsDays)
            << a->onHold << a->activeShipmentCents << qint64(a->ledger.size());
        for (const receivables::Entry &e : a->ledger)
            out << qint8(e.kind) << e.shipmentId << e.reference << e.amountCents << e.dueAt;
    }
    out << qint64(m_pricing.byEffectiveFrom.size());
    for (const auto &[from, rule] : m_pricing.byEffectiveFrom)
        out << rule.ruleId << rule.effectiveFrom << rule.centsPerLb << rule.minimumCents;
    out << qint64(m_marks.size());
    for (const auto &[prefix, entity, mark] : sortedEntries(m_marks))
        out << entity << *mark;
    return out.take();
}

// Reads what serialize() wrote and nothing else: every count is bounded by the bytes left,
// keys must come in ascending order (so none twice), flags are 0 or 1, no byte is left over.
class SnapshotReader
{
public:
    explicit SnapshotReader(QIODevice *device) : m_in(device) { m_in.setVersion(QDataStream::Qt_6_4); }

    std::optional<DomainState> read(bool *older = nullptr)
    {
        quint32 magic = 0, version = 0;
        m_in >> magic >> version;
        if (older)
            *older = ok() && magic == snapshotMagic && version < snapshotVersion;
        if (magic != snapshotMagic || version != snapshotVersion)
            return std::nullopt;
        DomainState s;
        m_in >> s.m_position;
        if (s.m_position < 0 || !shipments(s) || !trucks(s) || !accounts(s) || !pricing(s) || !marks(s))
            return std::nullopt;
        if (!ok() || !m_in.atEnd())
            return std::nullopt;
        return s;
    }

private:
    bool shipments(DomainState &s)
    {
        return each([&](const QString &id) {
            shipment::State st;
            qint8 status = -1;
            m_in >> st.accountId >> status >> st.truckId >> st.weightLb >> st.priceCents;
            shared(st.accountId);
            shared(st.truckId);
            st.status = static_cast<ShipmentStatus>(status);
            s.m_shipments.insert(id, st);
            return status >= 0 && status <= qint8(ShipmentStatus::Cancelled);
        });
    }

    bool trucks(DomainState &s)
    {
        return each([&](const QString &id) {
            truck::State t;
            m_in >> t.capacityLb;
            bool good = flag(t.inService);
            m_in >> t.shipmentId;
            sharedShipmentId(s, t.shipmentId);
            good = flag(t.outForDelivery) && good;
            s.m_trucks.insert(id, t);
            return good;
        }, Keys::Shared);
    }

    bool accounts(DomainState &s)
    {
        return each([&](const QString &id) {
            account::State &a = s.m_accounts[id];
            bool hasLimit = false;
            qint64 limit = 0;
            qint32 terms = -1;
            m_in >> a.name;
            bool good = flag(hasLimit);
            m_in >> limit >> terms;
            good = flag(a.onHold) && good;
            m_in >> a.activeShipmentCents;
            a.creditLimitCents = hasLimit ? std::optional(limit) : std::nullopt;
            a.termsDays = terms;
            good = good && (hasLimit || limit == 0) && limit >= 0 && terms >= 0 && terms <= fieldrules::maxTermsDays
                   && a.activeShipmentCents >= 0;
            return good && ledger(s, a);
        }, Keys::Shared);
    }

    bool ledger(const DomainState &s, account::State &a)
    {
        qint64 n = 0;
        if (!count(n))
            return false;
        // A million events' ledgers are a large part of the state: room for the tail replayed after
        // the snapshot, so that its first invoice does not double each account's ledger.
        a.ledger.reserve(n + n / 8 + 8);
        qint64 total = 0; // every running total of the account is at most this sum: none can overflow
        for (qint64 i = 0; i < n; ++i) {
            qint8 kind = -1;
            receivables::Entry e;
            m_in >> kind >> e.shipmentId >> e.reference >> e.amountCents >> e.dueAt;
            sharedShipmentId(s, e.shipmentId);
            if (!ok() || kind < 0 || kind > qint8(receivables::Entry::Kind::WriteOff) || e.amountCents < 0
                || e.amountCents > fieldrules::maxAmountCents || __builtin_add_overflow(total, e.amountCents, &total))
                return false;
            e.kind = static_cast<receivables::Entry::Kind>(kind);
            account::post(a, std::move(e));
        }
        return true;
    }

    bool pricing(DomainState &s)
    {
        qint64 n = 0;
        if (!count(n))
            return false;
        for (qint64 i = 0; i < n; ++i) {
            pricing::Rule r;
            m_in >> r.ruleId >> r.effectiveFrom >> r.centsPerLb >> r.minimumCents;
            const bool later = s.m_pricing.byEffectiveFrom.empty() || r.effectiveFrom > s.m_pricing.byEffectiveFrom.rbegin()->first;
            if (!ok() || !later || s.m_pricing.ruleIds.contains(r.ruleId))
                return false;
            s.m_pricing.byEffectiveFrom.emplace(r.effectiveFrom, r);
            s.m_pricing.ruleIds.insert(r.ruleId);
        }
        return true;
    }

    bool marks(DomainState &s)
    {
        return each([&](const QString &entity) {
            qint64 mark = 0;
            m_in >> mark;
            s.m_marks.insert(entity, mark);
            return true;
        });
    }

    // A count, then that many elements, each a key (ascending) and what readElement reads.
    // Shared: the keys are ids read before (an account's on its shipments, a truck's).
    enum class Keys { Own, Shared };

    template <typename ReadElement> bool each(ReadElement readElement, Keys keys = Keys::Own)
    {
        qint64 n = 0;
        if (!count(n))
            return false;
        QString previous;
        for (qint64 i = 0; i < n; ++i) {
            QString key;
            m_in >> key;
            if (keys == Keys::Shared)
                shared(key);
            if (!ok() || (i > 0 && !(previous < key)) || !readElement(key) || !ok())
                return false;
            previous = std::move(key);
        }
        return true;
    }

    // Every element takes at least four bytes, so a count larger than that is a lie.
    bool count(qint64 &n)
    {
        m_in >> n;
        return ok() && n >= 0 && n <= m_in.device()->bytesAvailable() / 4;
    }

    bool flag(bool &value)
    {
        qint8 v = -1;
        m_in >> v;
        value = v == 1;
        return v == 0 || v == 1;
    }

    bool ok() const { return m_in.status() == QDataStream::Ok; }

    // Equal ids come out as one shared copy: an account's id on each of its shipments, a
    // shipment's on its truck, invoices and write-offs. At a million events that is tens of
    // megabytes. Accounts and trucks are few and kept in a set while reading; a shipment's id
    // is found among the shipments already read.
    void shared(QString &id)
    {
        // A null and an empty string are equal in a set but written differently: neither is shared.
        if (id.isEmpty())
            return;
        if (const auto seen = m_seen.constFind(id); seen != m_seen.cend())
            id = *seen;
        else
            m_seen.insert(id);
    }

    static void sharedShipmentId(const DomainState &s, QString &id)
    {
        if (const auto known = s.m_shipments.constFind(id); known != s.m_shipments.cend() && !id.isEmpty())
            id = known.key();
    }

    QDataStream m_in;
    IdSet m_seen;
};

bool DomainState::isOlderSnapshot(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    bool older = false;
    SnapshotReader(&buffer).read(&older);
    return older;
}

std::optional<DomainState> DomainState::deserialize(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return SnapshotReader(&buffer).read();
}

std::optional<DomainState> DomainState::deserialize(QIODevice *device, bool *older)
{
    return SnapshotReader(device).read(older);
}

} // namespace hs
