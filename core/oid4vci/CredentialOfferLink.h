#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

namespace vcdesk {

/// What a holder scans or is handed to receive a credential over OpenID4VCI:
/// openid-credential-offer://?credential_offer=... (the offer by value) or
/// ...?credential_offer_uri=https://... (by reference), or an https link carrying the same
/// parameters (an issuer's web page handing the offer to a wallet). The query is read as a
/// form (FormUrlEncoding: '+' is a space), each parameter at most once, exactly one of the two.
/// A reference must be an absolute https URL (http to loopback only); whether it may be
/// fetched is the network policy's decision. Codes vci.link_*.
class CredentialOfferLink
{
    Q_DECLARE_TR_FUNCTIONS(CredentialOfferLink)
public:
    enum class Kind { ByValue, ByReference };

    static constexpr qsizetype kMaxLength = 64 * 1024;

    static Result<CredentialOfferLink> parse(const QString &text);
    /// True when `text` looks like an offer link (its scheme, or an https link with one of the
    /// two parameters): what a scanner or paste box uses to choose between receiving and
    /// presenting before parsing strictly.
    static bool looksLikeOffer(const QString &text);

    Kind kind() const { return m_kind; }
    /// The offer's JSON as UTF-8 (ByValue).
    const QByteArray &offerJson() const { return m_offerJson; }
    /// Where the offer is fetched from (ByReference).
    const QUrl &offerUri() const { return m_offerUri; }

private:
    Kind m_kind = Kind::ByValue;
    QByteArray m_offerJson;
    QUrl m_offerUri;
};

} // namespace vcdesk
