#include "core/rdf/Rdfc10.h"

#include "core/crypto/Digest.h"
#include "core/rdf/IdentifierIssuer.h"
#include "core/rdf/NQuads.h"

#include <QSet>
#include <algorithm>
#include <map>
#include <optional>

namespace vcdesk {

namespace {

/// How deep Hash N-Degree Quads may recurse: each level is a stack frame, and a dataset made
/// to recurse without end must not take the thread's stack with it.
constexpr int kMaxDepth = 256;

struct PathHash
{
    QByteArray hash;
    IdentifierIssuer issuer;
};

/// One run of the algorithm over one dataset (section 4.4), the steps named as in the spec.
class Canonicalizer
{
public:
    Canonicalizer(const Rdfc10::Options &options)
        : m_options(options)
        , m_canonical(QStringLiteral("c14n"))
    {
    }

    Result<Rdfc10::Canonical> run(const QList<RdfQuad> &dataset)
    {
        // A dataset is a set: a statement given twice is there once.
        QSet<QByteArray> seen;
        for (const RdfQuad &quad : dataset)
            if (!seen.contains(NQuads::quad(quad))) {
                seen.insert(NQuads::quad(quad));
                m_quads << quad;
            }
        // Step 2: which quads mention each blank node, in the order the nodes first appear.
        QStringList blankNodes;
        for (qsizetype i = 0; i < m_quads.size(); ++i)
            for (const RdfTerm *term : components(m_quads[i]))
                if (term->isBlank()) {
                    QList<qsizetype> &mentions = m_mentions[term->value];
                    if (mentions.isEmpty())
                        blankNodes << term->value;
                    if (mentions.isEmpty() || mentions.last() != i)
                        mentions << i;
                }
        // Step 3: the first-degree hash of each.
        std::map<QByteArray, QStringList> byHash; // code point order of the hashes
        for (const QString &node : std::as_const(blankNodes))
            byHash[firstDegree(node)] << node;
        // Step 4: a hash only one node has names it.
        for (auto it = byHash.begin(); it != byHash.end();) {
            if (it->second.size() == 1) {
                m_canonical.issue(it->second.first());
                it = byHash.erase(it);
            } else {
                ++it;
            }
        }
        // Step 5: the others, by the hash of the paths to their neighbours.
        for (const auto &[hash, nodes] : byHash) {
            QList<PathHash> paths;
            for (const QString &node : nodes) {
                if (m_canonical.has(node))
                    continue;
                IdentifierIssuer temporary(QStringLiteral("b"));
                temporary.issue(node);
                auto path = nDegree(node, temporary, 0);
                if (!path)
                    return path.error();
                paths << path.value();
            }
            std::stable_sort(paths.begin(), paths.end(),
                             [](const PathHash &a, const PathHash &b) { return a.hash < b.hash; });
            for (const PathHash &path : std::as_const(paths))
                for (const QString &node : path.issuer.order())
                    m_canonical.issue(node);
        }
        return result();
    }

private:
    static QList<const RdfTerm *> components(const RdfQuad &quad)
    {
        return {&quad.subject, &quad.object, &quad.graph};
    }

    QByteArray hashOf(QByteArrayView data) const
    {
        return (m_options.hash == Rdfc10::Hash::Sha384 ? Digest::sha384(data)
                                                       : Digest::sha256(data))
            .toHex();
    }

    Status spend(qint64 units)
    {
        m_work += units;
        if (m_work <= m_options.workLimit)
            return {};
        return Error{QStringLiteral("rdf.too_complex"),
                     Rdfc10::tr("the dataset's blank nodes are too entangled to put in canonical "
                                "form within the work limit (%1 steps): a poison graph")
                         .arg(m_options.workLimit)};
    }

    /// Section 4.6: the quads that mention `node`, it written as _:a and every other blank
    /// node as _:z, sorted and hashed. Depends on nothing issued: computed once per node.
    QByteArray firstDegree(const QString &node)
    {
        if (auto known = m_firstDegree.constFind(node); known != m_firstDegree.constEnd())
            return known.value();
        QList<QByteArray> lines;
        for (qsizetype i : std::as_const(m_mentions[node])) {
            RdfQuad quad = m_quads[i];
            for (RdfTerm *term : {&quad.subject, &quad.object, &quad.graph})
                if (term->isBlank())
                    term->value = term->value == node ? QStringLiteral("a") : QStringLiteral("z");
            lines << NQuads::quad(quad);
        }
        std::sort(lines.begin(), lines.end());
        const QByteArray hash = hashOf(lines.join());
        m_firstDegree.insert(node, hash);
        return hash;
    }

    /// Section 4.7: the hash of how `related` is reached from the node being hashed.
    QByteArray relatedHash(const QString &related, const RdfQuad &quad,
                           const IdentifierIssuer &issuer, char position)
    {
        QByteArray input(1, position);
        if (position != 'g')
            input += '<' + quad.predicate.value.toUtf8() + '>';
        if (m_canonical.has(related))
            input += "_:" + m_canonical.issued(related).toUtf8();
        else if (issuer.has(related))
            input += "_:" + issuer.issued(related).toUtf8();
        else
            input += firstDegree(related);
        return hashOf(input);
    }

    /// Section 4.8, Hash N-Degree Quads.
    Result<PathHash> nDegree(const QString &node, IdentifierIssuer issuer, int depth)
    {
        if (auto spent = spend(1 + issuer.order().size() / 16); !spent)
            return spent.error();
        if (depth > kMaxDepth)
            return Error{QStringLiteral("rdf.too_complex"),
                         Rdfc10::tr("the dataset's blank nodes are nested deeper than %1 levels")
                             .arg(kMaxDepth)};
        // Steps 1 to 3: the related blank nodes, grouped by how they are reached.
        std::map<QByteArray, QStringList> related;
        for (qsizetype i : std::as_const(m_mentions[node])) {
            const RdfQuad &quad = m_quads[i];
            const std::pair<const RdfTerm *, char> parts[] = {
                {&quad.subject, 's'}, {&quad.object, 'o'}, {&quad.graph, 'g'}};
            for (const auto &[term, position] : parts)
                if (term->isBlank() && term->value != node)
                    related[relatedHash(term->value, quad, issuer, position)] << term->value;
        }
        // Step 5: for each group, the permutation that gives the least path.
        QByteArray data;
        for (auto &[hash, nodes] : related) {
            data += hash;
            QByteArray chosenPath;
            std::optional<IdentifierIssuer> chosenIssuer;
            std::sort(nodes.begin(), nodes.end());
            do {
                // Each permutation copies the issuer: a large one costs in proportion.
                if (auto spent = spend(1 + issuer.order().size() / 16); !spent)
                    return spent.error();
                IdentifierIssuer copy = issuer;
                QByteArray path;
                QStringList recursion;
                const auto worse = [&] {
                    return !chosenPath.isEmpty() && path.size() >= chosenPath.size() &&
                           path > chosenPath;
                };
                bool skip = false;
                for (const QString &next : std::as_const(nodes)) {
                    if (m_canonical.has(next)) {
                        path += "_:" + m_canonical.issued(next).toUtf8();
                    } else {
                        if (!copy.has(next))
                            recursion << next;
                        path += "_:" + copy.issue(next).toUtf8();
                    }
                    if ((skip = worse()))
                        break;
                }
                for (qsizetype r = 0; !skip && r < recursion.size(); ++r) {
                    auto deeper = nDegree(recursion[r], copy, depth + 1);
                    if (!deeper)
                        return deeper.error();
                    path += "_:" + copy.issue(recursion[r]).toUtf8();
                    path += '<' + deeper->hash + '>';
                    copy = deeper->issuer;
                    skip = worse();
                }
                if (skip)
                    continue;
                if (chosenPath.isEmpty() || path < chosenPath) {
                    chosenPath = path;
                    chosenIssuer = copy;
                }
            } while (std::next_permutation(nodes.begin(), nodes.end()));
            data += chosenPath;
            issuer = *chosenIssuer;
        }
        return PathHash{hashOf(data), issuer};
    }

    Rdfc10::Canonical result() const
    {
        Rdfc10::Canonical canonical;
        canonical.issued = m_canonical.map();
        canonical.work = m_work;
        QList<std::pair<QByteArray, RdfQuad>> lines;
        for (RdfQuad quad : m_quads) {
            for (RdfTerm *term : {&quad.subject, &quad.object, &quad.graph})
                if (term->isBlank())
                    term->value = m_canonical.issued(term->value);
            lines.append({NQuads::quad(quad), quad});
        }
        std::sort(lines.begin(), lines.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[line, quad] : lines) {
            canonical.nquads += line;
            canonical.quads << quad;
        }
        return canonical;
    }

    Rdfc10::Options m_options;
    QList<RdfQuad> m_quads;
    QHash<QString, QList<qsizetype>> m_mentions;
    QHash<QString, QByteArray> m_firstDegree;
    IdentifierIssuer m_canonical;
    qint64 m_work = 0;
};

} // namespace

Result<Rdfc10::Canonical> Rdfc10::canonicalize(const QList<RdfQuad> &dataset,
                                               const Options &options)
{
    return Canonicalizer(options).run(dataset);
}

} // namespace vcdesk
