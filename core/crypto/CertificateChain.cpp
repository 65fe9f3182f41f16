#include "core/crypto/CertificateChain.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace vcdesk {

namespace {

struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct StoreDeleter
{
    void operator()(X509_STORE *s) const { X509_STORE_free(s); }
};
struct StoreCtxDeleter
{
    void operator()(X509_STORE_CTX *c) const { X509_STORE_CTX_free(c); }
};
struct StackDeleter
{
    void operator()(STACK_OF(X509) * s) const { sk_X509_pop_free(s, X509_free); }
};
struct NamesDeleter
{
    void operator()(GENERAL_NAMES *n) const { GENERAL_NAMES_free(n); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

Error chainError(const QString &message)
{
    return Error{QStringLiteral("x509.untrusted"), message};
}

X509Ptr fromDer(const QByteArray &der)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &bytes, der.size()));
    // Trailing bytes after the certificate mean it is not the DER it claims to be.
    if (cert && bytes != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        return nullptr;
    return cert;
}

Result<PublicKey> leafKeyOf(X509 *leaf)
{
    EVP_PKEY *pkey = X509_get0_pubkey(leaf);
    if (!pkey)
        return chainError(CertificateChain::tr("the certificate's key is unreadable"));
    unsigned char point[133];
    size_t length = 0;
    if (EVP_PKEY_is_a(pkey, "ED25519")) {
        if (EVP_PKEY_get_raw_public_key(pkey, point, &length) != 1)
            return chainError(CertificateChain::tr("the certificate's key is unreadable"));
        return PublicKey::fromEncoded(KeyType::Ed25519, QByteArrayView(point, qsizetype(length)));
    }
    char group[64] = {};
    if (!EVP_PKEY_is_a(pkey, "EC") ||
        EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       nullptr) != 1)
        return Error{QStringLiteral("x509.unsupported_key"),
                     CertificateChain::tr("the certificate's key is neither EC nor Ed25519")};
    const QByteArray curve(group);
    KeyType type;
    if (curve == "prime256v1" || curve == "P-256")
        type = KeyType::P256;
    else if (curve == "secp384r1" || curve == "P-384")
        type = KeyType::P384;
    else if (curve == "secp256k1")
        type = KeyType::Secp256k1;
    else
        return Error{QStringLiteral("x509.unsupported_key"),
                     CertificateChain::tr("the certificate's curve %1 is not supported")
                         .arg(QString::fromLatin1(curve))};
    if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point,
                                        &length) != 1)
        return chainError(CertificateChain::tr("the certificate's key is unreadable"));
    return PublicKey::fromEncoded(type, QByteArrayView(point, qsizetype(length)));
}

} // namespace

Result<CertificateChain> CertificateChain::verify(const QList<QByteArray> &der,
                                                  const Anchors &anchors, const QDateTime &at)
{
    if (der.isEmpty())
        return chainError(tr("there is no certificate"));
    if (der.size() > kMaxCertificates)
        return chainError(tr("the chain has more than %1 certificates").arg(kMaxCertificates));
    std::unique_ptr<STACK_OF(X509), StackDeleter> intermediates(sk_X509_new_null());
    X509Ptr leaf;
    for (qsizetype i = 0; i < der.size(); ++i) {
        X509Ptr cert = fromDer(der.at(i));
        if (!cert)
            return Error{QStringLiteral("x509.malformed"),
                         tr("certificate %1 of the chain is not DER X.509").arg(i + 1)};
        if (i == 0)
            leaf = std::move(cert);
        else if (!sk_X509_push(intermediates.get(), cert.get()))
            return chainError(tr("out of memory"));
        else
            (void)cert.release();
    }

    std::unique_ptr<X509_STORE, StoreDeleter> store(X509_STORE_new());
    if (anchors.systemStore)
        X509_STORE_set_default_paths(store.get());
    for (const QByteArray &pem : anchors.pem) {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(
            BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
        X509Ptr anchor(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!anchor)
            return Error{QStringLiteral("x509.malformed"), tr("a trust anchor is not PEM X.509")};
        X509_STORE_add_cert(store.get(), anchor.get());
    }
    std::unique_ptr<X509_STORE_CTX, StoreCtxDeleter> context(X509_STORE_CTX_new());
    if (!context ||
        X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), intermediates.get()) != 1)
        return chainError(tr("out of memory"));
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(param, at.toSecsSinceEpoch());
    if (X509_verify_cert(context.get()) != 1)
        return chainError(tr("the certificate chain does not verify: %1")
                              .arg(QString::fromUtf8(X509_verify_cert_error_string(
                                  X509_STORE_CTX_get_error(context.get())))));

    CertificateChain chain;
    chain.m_leafDer = der.first();
    auto key = leafKeyOf(leaf.get());
    if (!key)
        return key.error();
    chain.m_leafKey = key.value();
    char subject[512] = {};
    X509_NAME_oneline(X509_get_subject_name(leaf.get()), subject, sizeof subject);
    chain.m_subject = QString::fromUtf8(subject);
    std::unique_ptr<GENERAL_NAMES, NamesDeleter> names(static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(leaf.get(), NID_subject_alt_name, nullptr, nullptr)));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type != GEN_DNS && name->type != GEN_URI)
            continue;
        const ASN1_IA5STRING *value =
            name->type == GEN_DNS ? name->d.dNSName : name->d.uniformResourceIdentifier;
        const QString text =
            QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)),
                                ASN1_STRING_length(value));
        (name->type == GEN_DNS ? chain.m_dnsNames : chain.m_uris) << text;
    }
    return chain;
}

} // namespace vcdesk
