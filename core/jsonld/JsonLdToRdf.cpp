#include "core/jsonld/JsonLdToRdf.h"

#include "core/codec/Jcs.h"
#include "core/common/DisplayText.h"
#include "core/jsonld/IriReference.h"
#include "core/jsonld/JsonLdError.h"
#include "core/jsonld/JsonLdKeywords.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <map>
#include <optional>

namespace vcdesk {

using namespace jsonld;

namespace {

const QString kRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString kXsd = QStringLiteral("http://www.w3.org/2001/XMLSchema#");

/// One node of the node map: its values per property (@type among them) in the order they
/// came, each value once where the algorithm says so (a set beside the list keeps that cheap:
/// a node with many values must not cost a comparison with each of them per value).
struct NodeEntry
{
    struct Values
    {
        QJsonArray items;
        QSet<QByteArray> seen;
    };
    QJsonValue index = QJsonValue(QJsonValue::Undefined); // none yet
    std::map<QString, Values> properties;

    void add(const QString &property, const QJsonValue &value, bool unique)
    {
        Values &values = properties[property];
        if (unique) {
            const QByteArray key = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            if (values.seen.contains(key))
                return;
            values.seen.insert(key);
        }
        values.items.append(value);
    }
};

/// Node map generation (section 7.2.2), with its blank node relabelling.
class NodeMapBuilder
{
public:
    using Graph = std::map<QString, NodeEntry>;
    std::map<QString, Graph> graphs;

    QString blank(const QString &old = {})
    {
        if (!old.isEmpty()) {
            auto found = m_renamed.constFind(old);
            if (found != m_renamed.constEnd())
                return found.value();
        }
        const QString fresh = QStringLiteral("_:b%1").arg(m_counter++);
        if (!old.isEmpty())
            m_renamed.insert(old, fresh);
        return fresh;
    }

    /// `subject`: the node the element is a value of (empty: none); `reverseSubject`: set
    /// when the element is reached through @reverse, so it points back at `subject`.
    Status generate(const QJsonValue &element, const QString &graphName, const QString &subject,
                    bool reverseSubject, const QString &property, QJsonArray *list)
    {
        if (element.isArray()) {
            for (const QJsonValue &item : element.toArray())
                if (auto done = generate(item, graphName, subject, reverseSubject, property, list);
                    !done)
                    return done;
            return {};
        }
        QJsonObject object = element.toObject();
        Graph &graph = graphs[graphName];
        if (object.contains(kType)) {
            const QJsonValue types = object.value(kType);
            if (types.isArray()) {
                QJsonArray renamed;
                for (const QJsonValue &type : types.toArray())
                    renamed.append(type.toString().startsWith(u"_:") ? blank(type.toString())
                                                                     : type.toString());
                object.insert(kType, renamed);
            } else if (types.toString().startsWith(u"_:")) {
                object.insert(kType, blank(types.toString()));
            }
        }
        if (object.contains(kValue)) {
            if (list)
                list->append(object);
            else
                graph[subject].add(property, object, true);
            return {};
        }
        if (object.contains(kList)) {
            QJsonArray items;
            if (auto done = generate(object.value(kList), graphName, subject, reverseSubject,
                                     property, &items);
                !done)
                return done;
            const QJsonObject listObject{{kList, items}};
            if (list)
                list->append(listObject);
            else
                graph[subject].add(property, listObject, false);
            return {};
        }
        QString id = object.value(kId).toString();
        if (!object.contains(kId))
            id = blank();
        else if (id.startsWith(u"_:"))
            id = blank(id);
        object.remove(kId);
        NodeEntry &node = graph[id];
        if (reverseSubject) {
            node.add(property, QJsonObject{{kId, subject}}, true);
        } else if (!property.isEmpty()) {
            const QJsonObject reference{{kId, id}};
            if (list)
                list->append(reference);
            else
                graph[subject].add(property, reference, true);
        }
        if (object.contains(kType)) {
            for (const QJsonValue &type : asArray(object.value(kType)))
                node.add(kType, type, true);
            object.remove(kType);
        }
        if (object.contains(kIndex)) {
            const QJsonValue index = object.value(kIndex);
            if (!node.index.isUndefined() && node.index != index)
                return JsonLdError::make("conflicting indexes",
                                         JsonLdToRdf::tr("two indexes for one node"));
            node.index = index;
            object.remove(kIndex);
        }
        if (object.contains(kReverse)) {
            const QJsonObject reverse = object.value(kReverse).toObject();
            for (auto it = reverse.begin(); it != reverse.end(); ++it)
                for (const QJsonValue &value : asArray(it.value()))
                    if (auto done = generate(value, graphName, id, true, it.key(), nullptr); !done)
                        return done;
            object.remove(kReverse);
        }
        if (object.contains(kGraph)) {
            if (auto done = generate(object.value(kGraph), id, {}, false, {}, nullptr); !done)
                return done;
            object.remove(kGraph);
        }
        if (object.contains(kIncluded)) {
            if (auto done = generate(object.value(kIncluded), graphName, {}, false, {}, nullptr);
                !done)
                return done;
            object.remove(kIncluded);
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString name = it.key();
            if (name.startsWith(u"_:"))
                name = blank(name);
            graphs[graphName][id].properties[name]; // the property, even with no value
            if (auto done = generate(it.value(), graphName, id, false, name, nullptr); !done)
                return done;
        }
        return {};
    }

private:
    QHash<QString, QString> m_renamed;
    int m_counter = 0;
};

bool wellFormedLanguage(const QString &tag)
{
    // Anchored: "$" alone would let a trailing line break through into the hashed N-Quads.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")));
    return pattern.match(tag).hasMatch();
}

RdfTerm nodeTerm(const QString &id)
{
    return id.startsWith(u"_:") ? RdfTerm::blank(id.mid(2)) : RdfTerm::iri(id);
}

bool wellFormedNode(const QString &id)
{
    return id.startsWith(u"_:") || IriReference::isWellFormed(id);
}

/// Object to RDF (8.2.2) and list conversion (8.3.2).
class Deserializer
{
public:
    explicit Deserializer(NodeMapBuilder &builder)
        : m_builder(builder)
    {
    }

    /// The first thing left out of the dataset, in words; empty when nothing was.
    QString lost;

    void noteLost(const QString &what)
    {
        if (lost.isEmpty())
            lost = what;
    }

    std::optional<RdfTerm> object(const QJsonObject &item, QList<RdfQuad> &listTriples,
                                  const RdfTerm &graph)
    {
        std::optional<RdfTerm> term = convert(item, listTriples, graph);
        if (!term)
            noteLost(JsonLdToRdf::tr("a value that is not a well-formed IRI, literal or "
                                     "language tag"));
        return term;
    }

private:
    std::optional<RdfTerm> convert(const QJsonObject &item, QList<RdfQuad> &listTriples,
                                   const RdfTerm &graph)
    {
        if (item.contains(kList))
            return list(item.value(kList).toArray(), listTriples, graph);
        if (!item.contains(kValue)) {
            const QString id = item.value(kId).toString();
            if (!wellFormedNode(id))
                return std::nullopt;
            return nodeTerm(id);
        }
        const QJsonValue value = item.value(kValue);
        QString datatype = item.value(kType).toString();
        if (!datatype.isEmpty() && datatype != QLatin1String("@json") &&
            !IriReference::isWellFormed(datatype))
            return std::nullopt;
        if (item.contains(kLanguage) && !wellFormedLanguage(item.value(kLanguage).toString()))
            return std::nullopt;
        QString lexical;
        if (datatype == QLatin1String("@json")) {
            auto canonical = Jcs::canonicalize(value);
            if (!canonical)
                return std::nullopt;
            lexical = QString::fromUtf8(canonical.value());
            datatype = kRdf + QStringLiteral("JSON");
        } else if (value.isBool()) {
            lexical = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            if (datatype.isEmpty())
                datatype = kXsd + QStringLiteral("boolean");
        } else if (value.isDouble()) {
            const double number = value.toDouble();
            const bool integral = std::floor(number) == number && std::abs(number) < 1e21;
            if (!integral || datatype == kXsd + QStringLiteral("double")) {
                lexical = JsonLdToRdf::doubleLexical(number);
                if (datatype.isEmpty())
                    datatype = kXsd + QStringLiteral("double");
            } else {
                // An integer the JSON held exactly is written exactly (beyond 2^53 too);
                // -0 is 0, as ECMAScript writes it.
                lexical = value.toVariant().userType() == QMetaType::LongLong
                              ? QString::number(value.toInteger())
                          : number == 0 ? QStringLiteral("0")
                                        : QString::number(number, 'f', 0);
                if (datatype.isEmpty())
                    datatype = kXsd + QStringLiteral("integer");
            }
        } else {
            lexical = value.toString();
        }
        if (item.contains(kLanguage))
            return RdfTerm::literal(lexical, {}, item.value(kLanguage).toString());
        return RdfTerm::literal(lexical, datatype);
    }

    RdfTerm list(const QJsonArray &items, QList<RdfQuad> &listTriples, const RdfTerm &graph)
    {
        if (items.isEmpty())
            return RdfTerm::iri(kRdf + QStringLiteral("nil"));
        QList<RdfTerm> nodes;
        for (qsizetype i = 0; i < items.size(); ++i)
            nodes << nodeTerm(m_builder.blank());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QList<RdfQuad> embedded;
            if (auto first = object(items[i].toObject(), embedded, graph))
                listTriples << RdfQuad{nodes[i], RdfTerm::iri(kRdf + QStringLiteral("first")),
                                       *first, graph};
            const RdfTerm rest =
                i + 1 < nodes.size() ? nodes[i + 1] : RdfTerm::iri(kRdf + QStringLiteral("nil"));
            listTriples << RdfQuad{nodes[i], RdfTerm::iri(kRdf + QStringLiteral("rest")), rest,
                                   graph};
            listTriples << embedded;
        }
        return nodes.first();
    }

    NodeMapBuilder &m_builder;
};

} // namespace

QString JsonLdToRdf::doubleLexical(double value)
{
    // As ECMAScript's toExponential(15), trailing zeros of the mantissa removed: "1.1E0".
    const QString printed = QString::asprintf("%.15e", value);
    const qsizetype e = printed.indexOf(QLatin1Char('e'));
    QString mantissa = printed.left(e);
    while (mantissa.endsWith(QLatin1Char('0')) && !mantissa.endsWith(QLatin1String(".0")))
        mantissa.chop(1);
    return mantissa + QLatin1Char('E') + QString::number(printed.mid(e + 1).toInt());
}

Result<QList<RdfQuad>> JsonLdToRdf::toRdf(const QJsonArray &expanded, bool safeMode)
{
    NodeMapBuilder builder;
    builder.graphs[kDefault];
    if (auto done = builder.generate(expanded, kDefault, {}, false, {}, nullptr); !done)
        return done.error();
    Deserializer deserializer(builder);
    QList<RdfQuad> dataset;
    const RdfTerm rdfType = RdfTerm::iri(kRdf + QStringLiteral("type"));
    for (const auto &[graphName, graph] : builder.graphs) {
        if (graphName != kDefault && !wellFormedNode(graphName)) {
            deserializer.noteLost(tr("the graph %1").arg(DisplayText::escape(graphName, 120)));
            continue;
        }
        const RdfTerm graphTerm = graphName == kDefault ? RdfTerm() : nodeTerm(graphName);
        for (const auto &[subject, node] : graph) {
            if (!wellFormedNode(subject)) {
                deserializer.noteLost(tr("the node %1").arg(DisplayText::escape(subject, 120)));
                continue;
            }
            const RdfTerm subjectTerm = nodeTerm(subject);
            for (const auto &[property, values] : node.properties) {
                if (property == kType) {
                    for (const QJsonValue &type : values.items) {
                        if (wellFormedNode(type.toString()))
                            dataset << RdfQuad{subjectTerm, rdfType, nodeTerm(type.toString()),
                                               graphTerm};
                        else
                            deserializer.noteLost(
                                tr("the type %1").arg(DisplayText::escape(type.toString(), 120)));
                    }
                    continue;
                }
                if (property.startsWith(u'@'))
                    continue;
                if (property.startsWith(u"_:") || !IriReference::isWellFormed(property)) {
                    deserializer.noteLost(
                        tr("the property %1").arg(DisplayText::escape(property, 120)));
                    continue;
                }
                for (const QJsonValue &item : values.items) {
                    QList<RdfQuad> listTriples;
                    if (auto object = deserializer.object(item.toObject(), listTriples, graphTerm))
                        dataset << RdfQuad{subjectTerm, RdfTerm::iri(property), *object, graphTerm};
                    dataset << listTriples;
                }
            }
        }
    }
    if (safeMode && !deserializer.lost.isEmpty())
        return Error{QStringLiteral("jsonld.data_loss"),
                     tr("part of the document would be left out of what is signed: %1")
                         .arg(deserializer.lost)};
    return dataset;
}

} // namespace vcdesk
