#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/crypto/PublicKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace vcdesk {

/// An X.509 chain as a JWS "x5c" header carries it (leaf first, DER), checked with OpenSSL
/// against trust anchors: the system's CA store and/or anchors the caller names (PEM). The
/// leaf's key must be one vcdesk can verify with (P-256, P-384, secp256k1, Ed25519).
class CertificateChain
{
    Q_DECLARE_TR_FUNCTIONS(CertificateChain)
public:
    struct Anchors
    {
        bool systemStore = true;
        QList<QByteArray> pem; // extra anchors, e.g. a test CA or one the user added
    };

    static constexpr qsizetype kMaxCertificates = 8;

    /// Verifies `der` (leaf first) at time `at`; usage is not restricted (the prefix rules of
    /// the caller say what the leaf may identify).
    static Result<CertificateChain> verify(const QList<QByteArray> &der, const Anchors &anchors,
                                           const QDateTime &at = Clock::now());

    const PublicKey &leafKey() const { return m_leafKey; }
    const QStringList &leafDnsNames() const { return m_dnsNames; }
    const QStringList &leafUris() const { return m_uris; }
    const QByteArray &leafDer() const { return m_leafDer; }
    const QString &leafSubject() const { return m_subject; }

private:
    PublicKey m_leafKey;
    QStringList m_dnsNames;
    QStringList m_uris;
    QByteArray m_leafDer;
    QString m_subject;
};

} // namespace vcdesk
