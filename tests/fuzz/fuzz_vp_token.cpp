// A verifier's answers on hostile input: whatever a wallet posts as vp_token (a JWT VP, an
// SD-JWT, a JSON-LD VP, a DCQL object, an array of them) goes through PresentationVerifier for a
// DCQL query and for a Presentation Exchange definition. Nothing may crash, and nothing made up
// may be accepted: no key here signed anything, so every answer must be refused. Offline: DIDs
// that need the network are not resolved.
#include "core/did/MultiMethodDidResolver.h"
#include "core/oid4vp/PresentationVerifier.h"

#include <QJsonArray>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace vcdesk;
    static const InspectOptions options = [] {
        InspectOptions o;
        o.network.offline = true;
        o.resolver = MultiMethodDidResolver::createDefault(o.network);
        return o;
    }();
    static const ExpectedPresentation dcql = [] {
        ExpectedPresentation e;
        e.nonce = QStringLiteral("n-0S6_WzA2Mj");
        e.audiences = {QStringLiteral("redirect_uri:https://rp.example/cb")};
        e.dcqlQuery = QJsonObject{
            {QStringLiteral("credentials"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("alumni")},
                                    {QStringLiteral("format"), QStringLiteral("ldp_vc")}}}}};
        e.issuers =
            // The seeds' issuers, so an answer goes past the issuer policy to the signatures.
            IssuerPolicy::allowOnly(
                {QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"),
                 QStringLiteral("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")})
                .value();
        return e;
    }();
    static const ExpectedPresentation pe = [] {
        ExpectedPresentation e = dcql;
        e.dcqlQuery = {};
        e.presentationDefinition = QJsonObject{
            {QStringLiteral("id"), QStringLiteral("def")},
            {QStringLiteral("input_descriptors"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("alumni")}}}}};
        return e;
    }();
    const QString answer = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString submission = QStringLiteral(
        R"({"id":"s","definition_id":"def","descriptor_map":[{"id":"alumni","format":"ldp_vp",)"
        R"("path":"$","path_nested":{"format":"ldp_vc","path":"$.verifiableCredential[0]"}}]})");
    if (PresentationVerifier::verify(dcql, answer, {}, options) ||
        PresentationVerifier::verify(pe, answer, submission, options))
        std::abort(); // nothing here was signed by anyone's key
    return 0;
}
