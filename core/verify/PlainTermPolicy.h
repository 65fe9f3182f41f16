#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// Which member names a Data Integrity document may use. Its proof signs the document's
/// JSON-LD meaning (RDF canonicalization) while vcdesk reads its dates, status, subject and
/// proof times by their terms' names ("validUntil", "credentialStatus", "id", "expires"). The
/// same statement written another way (a full IRI such as
/// "https://www.w3.org/2018/credentials#validUntil", a compact IRI, "@id" for "id", or moved
/// under "@nest" or "@included") is the same to the signature and invisible to those reads,
/// so anyone could hide a signed expiry, status or holder without breaking the proof.
/// Refused: only terms, "@context", and value objects ("@value" with "@type", "@language",
/// "@direction") are read. So are the shapes JSON-LD reads as absent or flattens (a null, an
/// array inside an array), which hid a credential's subject the same way. The values of the
/// VC 2.0 context's JSON literals ("@json": "_sd", "cnf"'s "jwk", a JsonSchema's
/// "jsonSchema") are signed as plain JSON and are not looked into.
///
/// This keeps the names and shapes vcdesk reads the ones that were signed; which values it
/// reads under them (a subject given as a plain IRI, say) is the parser's to get right.
class PlainTermPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PlainTermPolicy)
public:
    /// "di.unread_member" naming the first member written another way, or the shape.
    static Status check(const QJsonObject &document);
};

} // namespace vcdesk
