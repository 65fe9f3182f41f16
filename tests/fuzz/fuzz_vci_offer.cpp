// OpenID4VCI offers and metadata: parsing never crashes, every refusal has a code and a
// message, and whatever parses is self-consistent. The same bytes are read as an offer link,
// as the offer it carries, as an offer object, as issuer metadata, as authorization server
// metadata (for a fixed issuer), as the query of the sign-in's redirect and as a logo's data:
// URI.
#include "core/net/ImageFetch.h"
#include "core/oid4vci/AuthorizationServerMetadata.h"
#include "core/oid4vci/CredentialOffer.h"
#include "core/oid4vci/CredentialOfferLink.h"
#include "core/oid4vci/IssuerAuthorizationResponse.h"
#include "core/oid4vci/IssuerMetadata.h"

#include "FuzzChecks.h"

#include <cstdlib>

using namespace vcdesk;
using fuzz::refusedProperly;

namespace {

bool isWebUrl(const QUrl &url)
{
    return !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

void checkOffer(QByteArrayView json)
{
    auto offer = CredentialOffer::parse(json);
    if (refusedProperly(offer))
        return;
    if (offer->configurationIds().isEmpty() || !isWebUrl(offer->issuer().url()) ||
        offer->issuer().url().hasQuery())
        std::abort();
    if (offer->preAuthorized()) {
        if (offer->preAuthorized()->preAuthorizedCode.isEmpty())
            std::abort();
        if (const auto &tx = offer->preAuthorized()->transactionCode;
            tx && (tx->length < 0 || tx->length > TransactionCodeSpec::kMaxLength ||
                   tx->description.size() > TransactionCodeSpec::kMaxDescription))
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto link = CredentialOfferLink::parse(QString::fromUtf8(bytes));
    if (!refusedProperly(link)) {
        if (link->kind() == CredentialOfferLink::Kind::ByValue)
            checkOffer(link->offerJson());
        else if (!isWebUrl(link->offerUri()))
            std::abort();
    }
    checkOffer(bytes);

    static const IssuerIdentifier issuer =
        IssuerIdentifier::parse(QStringLiteral("https://issuer.example"), QStringLiteral("fuzz"))
            .value();
    auto metadata = IssuerMetadata::parse(bytes, issuer);
    if (!refusedProperly(metadata)) {
        if ((metadata->configurations().isEmpty() &&
             metadata->unreadableConfigurations().isEmpty()) ||
            !isWebUrl(metadata->credentialEndpoint()) || metadata->batchSize() == 1)
            std::abort();
        for (const CredentialConfiguration &configuration : metadata->configurations())
            if ((configuration.isSdJwt() && configuration.vct().isEmpty()) ||
                (configuration.requiresKeyBinding() && configuration.proofTypes().isEmpty()))
                std::abort();
    }
    auto server = AuthorizationServerMetadata::parse(bytes, issuer);
    if (!refusedProperly(server) && !isWebUrl(server->tokenEndpoint()))
        std::abort();

    // The same bytes as the query of the sign-in's redirect: a code comes out only for the
    // request's state, once, and is never empty or oversized.
    static const AuthorizationServerMetadata signInServer =
        AuthorizationServerMetadata::parse(
            R"({"issuer":"https://issuer.example","token_endpoint":"https://issuer.example/t"})",
            issuer)
            .value();
    const QUrl redirect =
        QUrl::fromEncoded("http://127.0.0.1:1/vcdesk/callback?" + bytes.toByteArray().left(8192));
    auto code =
        IssuerAuthorizationResponse::read(redirect, QStringLiteral("fuzz-state"), signInServer);
    if (!refusedProperly(code) &&
        (code->isEmpty() || code->size() > IssuerAuthorizationResponse::kMaxCode ||
         !redirect.query(QUrl::FullyEncoded).contains(QLatin1String("fuzz-state"))))
        std::abort();

    // The same bytes as a logo's data: URI (as metadata's display.logo.uri carries it): raster
    // pictures only, never more than the cap.
    auto logo = ImageFetch::fetch(QStringLiteral("data:") +
                                      QString::fromUtf8(bytes.toByteArray().left(8192)),
                                  NetworkPolicy());
    if (!refusedProperly(logo) &&
        (logo->bytes.isEmpty() || logo->bytes.size() > ImageFetch::kMaxBytes ||
         !ImageFetch::isRasterType(logo->mediaType)))
        std::abort();
    return 0;
}
