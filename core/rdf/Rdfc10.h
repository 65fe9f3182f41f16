#pragma once

#include "core/common/Result.h"
#include "core/rdf/RdfQuad.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace vcdesk {

/// RDF Dataset Canonicalization, RDFC-1.0 (W3C Recommendation, 21 May 2024): relabels a
/// dataset's blank nodes canonically (_:c14n0, _:c14n1, …), so that two isomorphic datasets
/// serialize to the same bytes, which Data Integrity suites then hash and sign.
///
/// Some datasets ("poison graphs", section 4.4.2) make the algorithm's Hash N-Degree Quads
/// step explode; each call of it and each permutation it tries counts against a work limit,
/// and reaching it ends canonicalization with rdf.too_complex instead of running without end.
/// The default limit lets every dataset of the W3C test suite that is meant to finish, finish.
class Rdfc10
{
    Q_DECLARE_TR_FUNCTIONS(Rdfc10)
public:
    enum class Hash { Sha256, Sha384 };

    struct Options
    {
        Hash hash = Hash::Sha256;
        /// Calls of Hash N-Degree Quads plus permutations tried (each weighed by the size of
        /// the identifier issuer it copies), over one canonicalization.
        qint64 workLimit = 250'000;
    };

    struct Canonical
    {
        /// The dataset relabelled, each quad once, in canonical order.
        QList<RdfQuad> quads;
        /// The canonical N-Quads document: what is hashed.
        QByteArray nquads;
        /// Each input blank node identifier and its canonical one (the issued identifiers map).
        QHash<QString, QString> issued;
        /// Work spent (see Options::workLimit), for benchmarks and tests.
        qint64 work = 0;
    };

    static Result<Canonical> canonicalize(const QList<RdfQuad> &dataset, const Options &options);
    static Result<Canonical> canonicalize(const QList<RdfQuad> &dataset)
    {
        return canonicalize(dataset, Options());
    }
};

} // namespace vcdesk
