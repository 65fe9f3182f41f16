#include "agent/HostedWalletApi.h"

#include "core/common/Clock.h"

#include "agent/AgentHttp.h"
#include "agent/ApiKeyAuth.h"
#include "core/crypto/Digest.h"
#include "core/store/Sql.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/DataIntegritySigner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace vcdesk {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

const QStringList kResultNames{QStringLiteral("CredentialStatus"), QStringLiteral("IssuerIsSigner"),
                               QStringLiteral("SchemaConformance"),
                               QStringLiteral("SignatureVerification"),
                               QStringLiteral("TrustRegistryMembership")};
const QStringList kReserved{QStringLiteral("walletId"), QStringLiteral("credentialTemplateId"),
                            QStringLiteral("credentialExpiration")};

QString isoSeconds(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject parsed(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toByteArray()).object();
}

/// Signed credentials (not wrappers, not presentations) whose signature was verified, at any
/// depth: a proof with none of them proves nothing, whatever its verdict.
int verifiedCredentials(const Inspection &inspection)
{
    static const QStringList kCredentialFormats{
        QStringLiteral("jwt_vc_json"), QStringLiteral("vc+jwt"), QStringLiteral("dc+sd-jwt"),
        QStringLiteral("ldp_vc")};
    int count = 0;
    if (kCredentialFormats.contains(inspection.format)) {
        const CheckResult *signature =
            inspection.report.check(QStringLiteral("SignatureVerification"));
        if (signature && signature->outcome == CheckResult::Outcome::Pass)
            ++count;
    }
    for (const Inspection &nested : inspection.nested)
        count += verifiedCredentials(nested);
    return count;
}

} // namespace

HostedWalletApi::HostedWalletApi(AgentStore &store, const AgentVerification &verification)
    : m_store(store)
    , m_verification(verification)
{
}

Status HostedWalletApi::ensureTemplates(AgentStore &store)
{
    auto count = Sql::scalar(store.database(), QStringLiteral("SELECT count(*) FROM templates"));
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return {};
    return Sql::exec(store.database(),
                     QStringLiteral("INSERT INTO templates(id, name, type, fields, max_expiration)"
                                    " VALUES (?, ?, ?, ?, NULL), (?, ?, ?, ?, NULL)"),
                     {QStringLiteral("employee-badge"), QStringLiteral("Employee Badge"),
                      QStringLiteral("EmployeeBadge"),
                      QStringLiteral(R"(["holderFullName","employeeId","department"])"),
                      QStringLiteral("email-credential"), QStringLiteral("Email Credential"),
                      QStringLiteral("EmailCredential"), QStringLiteral(R"(["email"])")});
}

void HostedWalletApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/core/api/v1/programmatic/templates"), Method::Get,
                 [this](const QHttpServerRequest &request) { return templates(request); });
    server.route(QStringLiteral("/core/api/v1/programmatic/credential"), Method::Post,
                 [this](const QHttpServerRequest &request) { return issue(request); });
    server.route(
        QStringLiteral("/core/api/v1/programmatic/credential/<arg>"), Method::Get,
        [this](const QString &id, const QHttpServerRequest &request) { return get(id, request); });
    server.route(QStringLiteral("/core/api/v1/programmatic/credential/<arg>"), Method::Delete,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     return remove(id, request);
                 });
    server.route(QStringLiteral("/core/api/v1/credential/proofs/verify"), Method::Post,
                 [this](const QHttpServerRequest &request) { return verify(request); });
}

QHttpServerResponse HostedWalletApi::seedError(int status, const QString &code,
                                               const QString &message)
{
    return AgentHttp::json(
        QJsonObject{{QStringLiteral("status"), status},
                    {QStringLiteral("code"), code},
                    {QStringLiteral("message"), message},
                    {QStringLiteral("errors"), QJsonObject{{QStringLiteral("message"), message},
                                                           {QStringLiteral("code"), code},
                                                           {QStringLiteral("status"), status}}}},
        QHttpServerResponse::StatusCode(status));
}

Result<AgentParty> HostedWalletApi::account(const QHttpServerRequest &request) const
{
    auto caller = ApiKeyAuth::caller(m_store, request);
    if (!caller)
        return caller.error();
    if (caller->name != QLatin1String(kIssuer))
        return Error{QStringLiteral("403"),
                     tr("only the hosted wallet's own apikey may use the programmatic API")};
    return caller;
}

QHttpServerResponse HostedWalletApi::seedRefusal(const Error &error)
{
    const int status = error.code.toInt();
    const QString code = status == 401   ? QStringLiteral("unauthorized")
                         : status == 403 ? QStringLiteral("forbidden")
                         : status == 404 ? QStringLiteral("not_found")
                         : status == 413 ? QStringLiteral("payload_too_large")
                         : status == 415 ? QStringLiteral("unsupported_media_type")
                                         : QStringLiteral("bad_request");
    return seedError(status >= 400 && status < 600 ? status : 400, code, error.message);
}

QHttpServerResponse HostedWalletApi::templates(const QHttpServerRequest &request)
{
    if (auto caller = account(request); !caller)
        return seedRefusal(caller.error());
    auto rows =
        Sql::run(m_store.database(),
                 QStringLiteral("SELECT id, name, type, fields FROM templates ORDER BY id"));
    if (!rows)
        return seedError(500, QStringLiteral("internal"), rows.error().message);
    QJsonArray list;
    while (rows.value().next())
        list.append(
            QJsonObject{{QStringLiteral("id"), rows.value().value(0).toString()},
                        {QStringLiteral("name"), rows.value().value(1).toString()},
                        {QStringLiteral("type"), rows.value().value(2).toString()},
                        {QStringLiteral("customFields"),
                         QJsonDocument::fromJson(rows.value().value(3).toByteArray()).array()}});
    return AgentHttp::json(QJsonObject{{QStringLiteral("data"), list}});
}

QHttpServerResponse HostedWalletApi::issue(const QHttpServerRequest &request)
{
    auto caller = account(request);
    if (!caller)
        return seedRefusal(caller.error());
    auto body = AgentHttp::body(request);
    if (!body)
        return seedRefusal(body.error());
    const QString walletId = body->value(QStringLiteral("walletId")).toString().trimmed();
    const QString templateId = body->value(QStringLiteral("credentialTemplateId")).toString();
    const QJsonValue expiration = body->value(QStringLiteral("credentialExpiration"));
    if (walletId.isEmpty() || walletId.size() > 100)
        return seedError(400, QStringLiteral("bad_request"), tr("walletId is required"));
    if (!expiration.isNull() && !expiration.isDouble())
        return seedError(400, QStringLiteral("bad_request"),
                         tr("credentialExpiration is a Unix time or null"));
    const qint64 nowMs = Clock::nowMs();
    if (expiration.isDouble() && qint64(expiration.toDouble()) * 1000 <= nowMs)
        return seedError(400, QStringLiteral("bad_request"),
                         tr("credentialExpiration must be later than now"));
    auto row = Sql::run(m_store.database(),
                        QStringLiteral("SELECT name, type, fields FROM templates WHERE id = ?"),
                        {templateId});
    if (!row || !row.value().next())
        return seedError(404, QStringLiteral("not_found"), tr("there is no such template"));
    const QString templateName = row.value().value(0).toString();
    const QString type = row.value().value(1).toString();
    const QJsonArray allowed = QJsonDocument::fromJson(row.value().value(2).toByteArray()).array();
    QJsonObject fields;
    for (auto it = body->constBegin(); it != body->constEnd(); ++it) {
        if (kReserved.contains(it.key()))
            continue;
        if (!allowed.contains(QJsonValue(it.key())) || !it.value().isString() ||
            it.value().toString().size() > 1000)
            return seedError(400, QStringLiteral("bad_request"),
                             tr("%1 is not a text field of the template").arg(it.key().left(60)));
        fields.insert(it.key(), it.value());
    }
    const QByteArray fingerprint =
        Digest::sha256(templateId.toUtf8() + '|' +
                       QJsonDocument(fields).toJson(QJsonDocument::Compact))
            .toHex();
    auto duplicate = Sql::scalar(m_store.database(),
                                 QStringLiteral("SELECT id FROM hosted_credentials"
                                                " WHERE wallet_id = ? AND fingerprint = ?"),
                                 {walletId, QString::fromLatin1(fingerprint)});
    if (duplicate && duplicate->isValid())
        return seedError(400, QStringLiteral("bad_request"),
                         QStringLiteral("This credential already exists in wallet"));

    const AgentParty *issuer = &caller.value();
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(24);
    QJsonObject subject = fields;
    subject.insert(QStringLiteral("id"), QStringLiteral("urn:vc:subject:") + walletId);
    QJsonObject document{
        {QStringLiteral("@context"),
         QJsonArray{QStringLiteral("https://www.w3.org/2018/credentials/v1")}},
        {QStringLiteral("id"),
         QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"), type}},
        {QStringLiteral("issuer"), issuer->did},
        {QStringLiteral("issuanceDate"), isoSeconds(nowMs)},
        {QStringLiteral("credentialSubject"), subject}};
    if (expiration.isDouble())
        document.insert(QStringLiteral("expirationDate"),
                        isoSeconds(qint64(expiration.toDouble()) * 1000));
    auto signed_ = DataIntegritySigner::signEddsaJcs2022(
        document,
        QJsonObject{{QStringLiteral("created"), isoSeconds(nowMs)},
                    {QStringLiteral("proofPurpose"), QStringLiteral("assertionMethod")},
                    {QStringLiteral("verificationMethod"), issuer->kid}},
        issuer->key);
    if (!signed_)
        return seedError(500, QStringLiteral("internal"), signed_.error().message);
    const QJsonObject stored{{QStringLiteral("detail"), signed_.value()},
                             {QStringLiteral("templateName"), templateName}};
    if (auto done =
            Sql::exec(m_store.database(),
                      QStringLiteral("INSERT INTO hosted_credentials(id, wallet_id,"
                                     " template_id, fingerprint, detail, fields, created_ms, owner)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {id, walletId, templateId, QString::fromLatin1(fingerprint),
                       QJsonDocument(stored).toJson(QJsonDocument::Compact),
                       QJsonDocument(fields).toJson(QJsonDocument::Compact), nowMs, issuer->name});
        !done)
        return seedError(500, QStringLiteral("internal"), done.error().message);
    return AgentHttp::json(QJsonObject{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("credentialId"), id},
                                             {QStringLiteral("templateId"), templateId}}}});
}

QHttpServerResponse HostedWalletApi::get(const QString &id, const QHttpServerRequest &request)
{
    auto caller = account(request);
    if (!caller)
        return seedRefusal(caller.error());
    auto row = Sql::run(m_store.database(),
                        QStringLiteral("SELECT template_id, detail, fields, created_ms"
                                       " FROM hosted_credentials WHERE id = ? AND owner = ?"),
                        {id, caller->name});
    if (!row || !row.value().next())
        return seedError(404, QStringLiteral("not_found"), tr("there is no such credential"));
    const QJsonObject stored = parsed(row.value().value(1));
    const QString created =
        QDateTime::fromMSecsSinceEpoch(row.value().value(3).toLongLong(), Qt::UTC)
            .toString(Qt::ISODateWithMs);
    return AgentHttp::json(QJsonObject{
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("active")},
                     {QStringLiteral("isSeparated"), false},
                     {QStringLiteral("_id"), id},
                     {QStringLiteral("credentialId"), id},
                     {QStringLiteral("detail"), stored.value(QStringLiteral("detail"))},
                     {QStringLiteral("templateId"), row.value().value(0).toString()},
                     {QStringLiteral("templateName"), stored.value(QStringLiteral("templateName"))},
                     {QStringLiteral("credentialSubjectsData"), parsed(row.value().value(2))},
                     {QStringLiteral("dateCreated"), created},
                     {QStringLiteral("dateUpdated"), created}}}});
}

QHttpServerResponse HostedWalletApi::remove(const QString &id, const QHttpServerRequest &request)
{
    auto caller = account(request);
    if (!caller)
        return seedRefusal(caller.error());
    auto deleted =
        Sql::run(m_store.database(),
                 QStringLiteral("DELETE FROM hosted_credentials WHERE id = ? AND owner = ?"),
                 {id, caller->name});
    if (!deleted || deleted->numRowsAffected() != 1)
        return seedError(404, QStringLiteral("not_found"), tr("there is no such credential"));
    return AgentHttp::json(
        QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("isSuccess"), true}}}});
}

QHttpServerResponse HostedWalletApi::verify(const QHttpServerRequest &request)
{
    if (auto caller = ApiKeyAuth::caller(m_store, request); !caller)
        return seedRefusal(caller.error());
    auto body = AgentHttp::body(request);
    if (!body)
        return seedRefusal(body.error());
    const QJsonArray proofs = body->value(QStringLiteral("proofs")).toArray();
    if (proofs.isEmpty() || proofs.size() > 20)
        return seedError(400, QStringLiteral("bad_request"), tr("proofs holds 1 to 20 items"));
    const InspectOptions options = m_verification.options();
    QJsonArray results;
    for (const QJsonValue &proof : proofs) {
        const QByteArray input =
            proof.isString() ? proof.toString().toUtf8() : QJsonDocument(proof.toObject()).toJson();
        auto inspection = CredentialInspector::inspect(input, options);
        // An unsigned wrapper ("status": "verified", no vp_token) proves nothing: no signature
        // was verified, whatever its other checks say.
        const bool signedCredential = inspection && verifiedCredentials(inspection.value()) > 0;
        QJsonObject named;
        for (const QString &name : kResultNames) {
            // A check that does not apply (no status, no schema, no trust list) passes, as in
            // the seed; one that could not be completed does not.
            const CheckResult *check = inspection ? inspection->report.check(name) : nullptr;
            bool valid = inspection && (!check || check->outcome == CheckResult::Outcome::Pass);
            QJsonArray messages;
            if (!inspection)
                messages.append(inspection.error().message);
            else if (check && check->outcome != CheckResult::Outcome::Pass)
                messages.append(check->detail);
            if (inspection && !signedCredential && name == QLatin1String("SignatureVerification")) {
                valid = false;
                messages.append(tr("no signed credential in the proof was verified"));
            }
            named.insert(name, QJsonObject{{QStringLiteral("isValid"), valid},
                                           {QStringLiteral("messages"), messages}});
        }
        const bool valid =
            signedCredential && inspection->report.verdict() == ValidationReport::Verdict::Valid;
        results.append(QJsonObject{{QStringLiteral("isValid"), valid},
                                   {QStringLiteral("validationResults"), named}});
    }
    return AgentHttp::json(QJsonObject{{QStringLiteral("data"), results}});
}

} // namespace vcdesk
