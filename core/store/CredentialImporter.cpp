#include "core/store/CredentialImporter.h"

#include "core/common/Clock.h"

#include "core/codec/StrictJson.h"
#include "core/credential/Envelope.h"
#include "core/store/ClaimHighlights.h"
#include "core/verify/CredentialInspector.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace vcdesk {

namespace {

const QStringList kGenericTypes{QStringLiteral("VerifiableCredential"),
                                QStringLiteral("VerifiablePresentation")};
const QStringList kPresentationFormats{QStringLiteral("jwt_vp_json"), QStringLiteral("vp+jwt"),
                                       QStringLiteral("ldp_vp")};

QString primaryTypeOf(const QStringList &types, const QString &format)
{
    for (auto it = types.crbegin(); it != types.crend(); ++it)
        if (!kGenericTypes.contains(*it) && !it->isEmpty())
            return *it;
    return types.isEmpty() ? format : types.first();
}

/// SD-JWT VC types are often URLs; a person reads their last segment.
QString titleOf(const QString &type)
{
    const QUrl url(type);
    if (url.isValid() &&
        (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http") ||
         url.scheme() == QLatin1String("urn"))) {
        // The last segment, unless it is only a version ("urn:...:pid:1" reads "pid:1").
        const QRegularExpression separator(QStringLiteral("[/:#]"));
        const QString last = type.section(separator, -1);
        static const QRegularExpression version(QStringLiteral("^v?[0-9][0-9.]*$"));
        if (version.match(last).hasMatch() && type.count(separator) >= 2)
            return type.section(separator, -2);
        if (!last.isEmpty())
            return last;
    }
    return type;
}

} // namespace

Result<QList<QByteArray>> CredentialImporter::extract(QByteArrayView input)
{
    if (input.size() > kMaxInputBytes)
        return Error{QStringLiteral("import.too_large"),
                     tr("the input is larger than %1 MiB").arg(kMaxInputBytes / (1024 * 1024))};
    const QByteArray text = input.toByteArray().trimmed();
    if (text.isEmpty())
        return Error{QStringLiteral("import.empty"), tr("the input is empty")};
    if (!text.startsWith('{'))
        return QList<QByteArray>{text};
    auto json = StrictJson::parseObject(text);
    if (!json)
        return json.error();
    auto envelope = EnvelopeReader::read(json.value());
    if (!envelope)
        return QList<QByteArray>{text};
    QList<QByteArray> found;
    for (const QJsonValue &content : envelope->contents) {
        if (content.isString())
            found << content.toString().toUtf8();
        else if (content.isObject())
            found << QJsonDocument(content.toObject()).toJson(QJsonDocument::Compact);
    }
    if (found.isEmpty())
        return Error{QStringLiteral("import.no_credential"),
                     tr("the %1 carries no credential").arg(envelope->name)};
    return found;
}

Result<CredentialRecord> CredentialImporter::prepare(QByteArrayView raw,
                                                     const InspectOptions &options,
                                                     const QString &sourceKind,
                                                     const QString &sourceRef,
                                                     Inspection *inspection)
{
    auto inspected = CredentialInspector::inspect(raw, options);
    if (!inspected)
        return inspected.error();
    const Inspection &found = inspected.value();
    if (kPresentationFormats.contains(found.format))
        return Error{QStringLiteral("import.presentation"),
                     tr("this is a presentation, not a credential to keep; import the "
                        "credentials it carries instead")};
    if (found.format == QLatin1String("jws") || found.types.isEmpty())
        return Error{QStringLiteral("import.not_a_credential"),
                     tr("this %1 is not a verifiable credential").arg(found.format)};
    CredentialRecord record;
    record.format = found.format;
    record.raw = raw.toByteArray().trimmed();
    record.types = found.types;
    record.primaryType = primaryTypeOf(found.types, found.format);
    record.title = titleOf(record.primaryType);
    record.issuer = found.issuer;
    record.issuerName = found.issuerName;
    record.subject = found.subject;
    record.issuedAt = found.validFrom;
    record.expiresAt = found.validUntil;
    record.verdict = found.report.verdict();
    record.revocation = found.report.revocation();
    record.highlights = ClaimHighlights::pick(found.claims);
    record.verifiedAt = options.at.isValid() ? options.at : Clock::now();
    record.sourceKind = sourceKind;
    record.sourceRef = sourceRef.left(500);
    if (inspection)
        *inspection = found;
    return record;
}

} // namespace vcdesk
