#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <cstdint>
#include <cstring>

namespace hs {

// Ids (of shipments, trucks, accounts, streams and commands) as the keys of the hash tables the
// write path and the rebuild look up for every event.
//
// Why not QHash<QString, ...>: on a processor with AES and AVX-512, Qt 6.4's qHash(QString) takes
// a vector path that returns with the upper halves of the vector registers in use, and the SSE
// code Qt Core runs next (the key comparison, string conversions) pays the switch between the
// two encodings until something clears them. Measured on an Intel Xeon with both: a hash and a
// comparison ~195 ns instead of ~20 ns, and a 1M rebuild 8.1-9.2 s through Qt's hash against
// 7.6-7.8 s through this one (tests/benchmarks/README.md, sixth pass). The hash below is plain
// integer arithmetic, seeded with Qt's per-process seed like every QHash.
namespace idhash {

inline std::uint64_t fold(std::uint64_t a, std::uint64_t b)
{
    const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
    return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
}

// The UTF-16 code units eight bytes at a time, each folded into the state by one 64×64-bit
// multiplication (the mixing step of the wyhash family), the length folded in first.
inline size_t of(QStringView text, size_t seed) noexcept
{
    constexpr std::uint64_t k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull, k2 = 0x8ebc6af09c88c6e3ull;
    const char *p = reinterpret_cast<const char *>(text.utf16());
    size_t n = size_t(text.size()) * sizeof(char16_t);
    std::uint64_t h = fold(seed ^ k0, n ^ k1);
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        h = fold(h ^ word, k1);
    }
    if (n > 0) {
        std::uint64_t tail = 0;
        std::memcpy(&tail, p, n);
        h = fold(h ^ tail, k2);
    }
    return size_t(fold(h, k0 ^ k2));
}

} // namespace idhash

class IdKey
{
public:
    IdKey() = default;
    IdKey(const QString &text) : m_text(text) {} // implicit: the tables are looked up by QString
    IdKey(QString &&text) : m_text(std::move(text)) {}
    operator const QString &() const { return m_text; }
    const QString &text() const { return m_text; }
    friend bool operator==(const IdKey &a, const IdKey &b) noexcept { return a.m_text == b.m_text; }

private:
    QString m_text;
};

inline size_t qHash(const IdKey &key, size_t seed) noexcept { return idhash::of(key.text(), seed); }

// The same for views into text held elsewhere (a batch's rows).
class IdViewKey
{
public:
    IdViewKey(QStringView text) : m_text(text) {}
    operator QStringView() const { return m_text; }
    QStringView text() const { return m_text; }
    friend bool operator==(IdViewKey a, IdViewKey b) noexcept { return a.m_text == b.m_text; }

private:
    QStringView m_text;
};

inline size_t qHash(IdViewKey key, size_t seed) noexcept { return idhash::of(key.text(), seed); }

template <typename V> using IdHash = QHash<IdKey, V>;
using IdSet = QSet<IdKey>;

} // namespace hs
