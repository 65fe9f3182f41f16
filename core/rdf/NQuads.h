#pragma once

#include "core/common/Result.h"
#include "core/rdf/RdfQuad.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace vcdesk {

/// RDF 1.1 N-Quads: read a document into quads (strict: the W3C grammar, UTF-8 only, escapes
/// resolved), and write terms and quads in the canonical form RDFC-1.0 hashes (section 4.3 of
/// RDF Dataset Canonicalization: IRIs and text as UTF-8, only \b \t \n \f \r \" \\ as escapes,
/// other control characters as \uXXXX in upper case, a space between terms, " .\n" at the end).
/// Codes: rdf.nquads_syntax (with the line), rdf.too_large.
class NQuads
{
    Q_DECLARE_TR_FUNCTIONS(NQuads)
public:
    static constexpr qsizetype kMaxQuads = 1'000'000;

    static Result<QList<RdfQuad>> parse(QByteArrayView document);
    /// The canonical form of one term (UTF-8).
    static QByteArray term(const RdfTerm &term);
    /// The canonical form of one quad, ending in " .\n".
    static QByteArray quad(const RdfQuad &quad);
    /// The quads in canonical form, in the order given.
    static QByteArray serialize(const QList<RdfQuad> &quads);
};

} // namespace vcdesk
