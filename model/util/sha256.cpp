#include "sha256.h"

#include <openssl/evp.h>

namespace hs {

namespace {

// Fetched once: a fetch per digest costs more than hashing an event.
const EVP_MD *algorithm()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

void check(bool ok)
{
    if (!ok)
        qFatal("OpenSSL cannot compute SHA-256");
}

} // namespace

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    check(m_context && algorithm() && EVP_DigestInit_ex2(m_context, algorithm(), nullptr));
}

Sha256::~Sha256() { EVP_MD_CTX_free(m_context); }

void Sha256::add(QByteArrayView bytes) { check(EVP_DigestUpdate(m_context, bytes.data(), size_t(bytes.size()))); }

QByteArray Sha256::result()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    check(EVP_DigestFinal_ex(m_context, digest, &size));
    return QByteArray(reinterpret_cast<const char *>(digest), int(size));
}

QByteArray Sha256::of(QByteArrayView a, QByteArrayView b)
{
    // One context per thread, kept: the hash chain takes a digest per event.
    thread_local struct Context
    {
        EVP_MD_CTX *context = EVP_MD_CTX_new();
        ~Context() { EVP_MD_CTX_free(context); }
    } kept;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    check(kept.context && algorithm() && EVP_DigestInit_ex2(kept.context, algorithm(), nullptr)
          && EVP_DigestUpdate(kept.context, a.data(), size_t(a.size()))
          && EVP_DigestUpdate(kept.context, b.data(), size_t(b.size())) && EVP_DigestFinal_ex(kept.context, digest, &size));
    return QByteArray(reinterpret_cast<const char *>(digest), int(size));
}

} // namespace hs
