#include "core/verify/CanonicalForm.h"

#include "core/codec/Jcs.h"
#include "core/jsonld/JsonLdCanonicalizer.h"
#include "core/verify/DataIntegrityCheck.h"
#include "core/verify/DataIntegritySuite.h"

#include <QJsonArray>

namespace vcdesk {

std::optional<CanonicalForm> CanonicalForm::of(const QJsonObject &secured,
                                               const DocumentLoader &loader)
{
    const QJsonValue carried = secured.value(QStringLiteral("proof"));
    const QJsonArray proofs = carried.isArray() ? carried.toArray() : QJsonArray{carried};
    const DataIntegritySuite *suite = nullptr;
    QJsonObject proof;
    for (const QJsonValue &value : proofs)
        if ((suite = DataIntegritySuite::of(value.toObject()))) {
            proof = value.toObject();
            break;
        }
    if (!suite)
        return std::nullopt;

    CanonicalForm form;
    form.suite = suite->name;
    form.nquads = suite->canonicalization == DataIntegritySuite::Canonicalization::Rdfc;
    const DocumentLoader recording = [&form, &loader](const QString &url) {
        auto loaded = loader(url);
        const bool seen = std::any_of(form.contexts.cbegin(), form.contexts.cend(),
                                      [&url](const ContextUse &use) { return use.url == url; });
        if (loaded && !seen)
            form.contexts.append({url, loaded->origin});
        return loaded;
    };
    auto parts = DataIntegrityCheck::documentAndOptions(secured, proof);
    if (!parts) {
        form.problem = parts.error().message;
        return form;
    }
    const auto canonical = [&](const QJsonObject &object) {
        return form.nquads ? JsonLdCanonicalizer::canonicalize(object, recording)
                           : Jcs::canonicalize(object);
    };
    auto document = canonical(parts->first);
    auto options = document ? canonical(parts->second) : Result<QByteArray>(document.error());
    if (!options) {
        form.problem = options.error().message;
        return form;
    }
    form.document = document.value();
    form.proofOptions = options.value();
    return form;
}

QString CanonicalForm::originName(RemoteDocument::Origin origin)
{
    switch (origin) {
    case RemoteDocument::Origin::Bundled:
        return tr("carried by vcdesk");
    case RemoteDocument::Origin::Cached:
        return tr("allowed by you, from the cache");
    case RemoteDocument::Origin::Fetched:
        return tr("allowed by you, fetched now");
    case RemoteDocument::Origin::Unknown:
        break;
    }
    return tr("given by the caller");
}

QJsonObject CanonicalForm::toJson() const
{
    QJsonArray used;
    for (const ContextUse &use : contexts) {
        static const char *const kOrigins[] = {"other", "bundled", "cache", "network"};
        used.append(
            QJsonObject{{QStringLiteral("url"), use.url},
                        {QStringLiteral("origin"), QLatin1String(kOrigins[int(use.origin)])}});
    }
    QJsonObject out{{QStringLiteral("suite"), suite},
                    {QStringLiteral("format"),
                     nquads ? QStringLiteral("application/n-quads") : QStringLiteral("jcs")},
                    {QStringLiteral("document"), QString::fromUtf8(document)},
                    {QStringLiteral("proofOptions"), QString::fromUtf8(proofOptions)},
                    {QStringLiteral("contexts"), used}};
    if (!problem.isEmpty())
        out.insert(QStringLiteral("problem"), problem);
    return out;
}

} // namespace vcdesk
