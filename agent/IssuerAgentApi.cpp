#include "agent/IssuerAgentApi.h"

#include "core/common/Clock.h"

#include "agent/AgentHttp.h"
#include "agent/ApiKeyAuth.h"
#include "agent/CredentialMinter.h"
#include "core/codec/StrictJson.h"
#include "core/did/DidUrl.h"
#include "core/store/SqlTransaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>
#include <QUuid>

namespace vcdesk {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

const QStringList kWaitingStates{QStringLiteral("OfferPending"), QStringLiteral("RequestPending"),
                                 QStringLiteral("CredentialPending"),
                                 QStringLiteral("CredentialGenerated")};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

qint64 nowMs()
{
    return Clock::nowMs();
}

Error conflict(const QString &message)
{
    return Error{QStringLiteral("409"), message};
}

Error badRequest(const QString &message)
{
    return Error{QStringLiteral("400"), message};
}

/// "claims" as the seed sends it: a JSON object, or a string holding one.
Result<QJsonObject> claimsOf(const QJsonValue &value)
{
    QJsonObject claims;
    if (value.isObject()) {
        claims = value.toObject();
    } else if (value.isString()) {
        auto parsed = StrictJson::parseObject(value.toString().toUtf8());
        if (!parsed)
            return badRequest(
                IssuerAgentApi::tr("claims is not a JSON object: %1").arg(parsed.error().message));
        claims = parsed.value();
    } else {
        return badRequest(IssuerAgentApi::tr("claims (a JSON object) is required"));
    }
    if (claims.isEmpty() || claims.size() > 100)
        return badRequest(IssuerAgentApi::tr("claims has 1 to 100 members"));
    if (claims.contains(QStringLiteral("id")))
        return badRequest(IssuerAgentApi::tr("claims may not set the subject's id"));
    return claims;
}

Result<qint64> validityOf(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return qint64(3600);
    const double seconds = value.toDouble(-1);
    if (!value.isDouble() || seconds < 60 || seconds > 10.0 * 365 * 86400 ||
        seconds != qint64(seconds))
        return badRequest(
            IssuerAgentApi::tr("validity is a whole number of seconds, 60 to 10 years"));
    return qint64(seconds);
}

QString stringMember(const QJsonObject &body, const char *name)
{
    return body.value(QLatin1String(name)).toString().trimmed();
}

QHttpServerResponse data(const QJsonValue &value)
{
    return AgentHttp::json(QJsonObject{{QStringLiteral("data"), value}});
}

} // namespace

IssuerAgentApi::IssuerAgentApi(AgentStore &store, QString baseUrl, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_baseUrl(std::move(baseUrl))
{
}

void IssuerAgentApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/api/v1/vc/offers"), Method::Get,
                 [this](const QHttpServerRequest &request) { return offers(request); });
    server.route(QStringLiteral("/api/v1/vc/match/<arg>"), Method::Get,
                 [this](const QString &type, const QHttpServerRequest &request) {
                     return match(type, request);
                 });
    server.route(QStringLiteral("/api/v1/vc/offer-noschema"), Method::Post,
                 [this](const QHttpServerRequest &request) { return offerNoSchema(request); });
    server.route(QStringLiteral("/api/v1/vc/accept"), Method::Post,
                 [this](const QHttpServerRequest &request) { return accept(request); });
    server.route(QStringLiteral("/api/v1/vc/issue"), Method::Post,
                 [this](const QHttpServerRequest &request) { return issue(request); });
    server.route(QStringLiteral("/api/v1/vc/issuance/custodial"), Method::Post,
                 [this](const QHttpServerRequest &request) { return custodial(request); });
    server.route(QStringLiteral("/status/<arg>"), Method::Get,
                 [this](const QString &listId) { return statusList(listId); });
}

QHttpServerResponse IssuerAgentApi::offers(const QHttpServerRequest &request)
{
    auto party = ApiKeyAuth::caller(m_store, request);
    if (!party)
        return AgentHttp::refuse(party.error());
    const QString thid = request.query().queryItemValue(QStringLiteral("thid"));
    if (thid.size() > 100)
        return AgentHttp::error(StatusCode::BadRequest, tr("thid is too long"));
    auto records = m_store.recordsOf(party->name, thid);
    if (!records)
        return AgentHttp::error(StatusCode::InternalServerError, records.error().message);
    QJsonArray list;
    for (const AgentRecord &record : records.value())
        list.append(record.toJson());
    return data(list);
}

QHttpServerResponse IssuerAgentApi::match(const QString &type, const QHttpServerRequest &request)
{
    auto party = ApiKeyAuth::caller(m_store, request);
    if (!party)
        return AgentHttp::refuse(party.error());
    auto records = m_store.recordsOf(party->name);
    if (!records)
        return AgentHttp::error(StatusCode::InternalServerError, records.error().message);
    for (const AgentRecord &record : records.value()) {
        const bool done = record.state == QLatin1String("CredentialReceived") ||
                          record.state == QLatin1String("CredentialSent");
        if (done && record.claims.value(QStringLiteral("claim_type")).toString() == type)
            return data(QJsonObject{{QStringLiteral("recordId"), record.recordId},
                                    {QStringLiteral("vc"), record.toJson()}});
    }
    return AgentHttp::error(StatusCode::NotFound,
                            tr("no credential with claim_type \"%1\"").arg(type.left(100)));
}

Result<std::pair<AgentRecord, AgentRecord>>
IssuerAgentApi::newExchange(const AgentParty &issuer, const QJsonObject &body) const
{
    if (issuer.role != QLatin1String("issuer"))
        return Error{QStringLiteral("403"), tr("%1 is not an issuer").arg(issuer.name)};
    const auto connection = m_store.connection(stringMember(body, "connection"));
    if (!connection)
        return badRequest(tr("connection is not a known connection id"));
    if (connection->issuer != issuer.name)
        return Error{QStringLiteral("403"), tr("the connection is not this issuer's")};
    const QString author = stringMember(body, "author");
    if (!author.isEmpty() && author != issuer.did)
        return badRequest(tr("author is not the issuer's DID"));
    auto claims = claimsOf(body.value(QStringLiteral("claims")));
    if (!claims)
        return claims.error();
    auto validity = validityOf(body.value(QStringLiteral("validity")));
    if (!validity)
        return validity.error();

    const qint64 now = nowMs();
    AgentRecord offer;
    offer.recordId = newId();
    offer.thid = newId();
    offer.party = issuer.name;
    offer.role = QStringLiteral("Issuer");
    offer.connectionId = connection->id;
    offer.claims = claims.value();
    offer.validitySeconds = validity.value();
    offer.state = QStringLiteral("OfferPending");
    offer.createdAtMs = offer.updatedAtMs = now;
    AgentRecord received = offer;
    received.recordId = newId();
    received.party = connection->holder;
    received.role = QStringLiteral("Holder");
    received.state = QStringLiteral("OfferReceived");
    return std::make_pair(offer, received);
}

Result<AgentRecord> IssuerAgentApi::createOffer(const AgentParty &issuer, const QJsonObject &body)
{
    auto exchange = newExchange(issuer, body);
    if (!exchange)
        return exchange.error();
    if (auto done = m_store.saveRecords({exchange->first, exchange->second}); !done)
        return done.error();
    schedule(exchange->first.recordId);
    return exchange->first;
}

Result<AgentRecord> IssuerAgentApi::acceptOffer(const AgentParty &holder, const QString &recordId,
                                                const QString &did)
{
    auto record = m_store.record(recordId);
    if (!record || record->party != holder.name)
        return Error{QStringLiteral("404"),
                     tr("there is no offer %1 for this party").arg(recordId.left(64))};
    if (record->state != QLatin1String("OfferReceived"))
        return conflict(tr("the offer is %1, not OfferReceived").arg(record->state));
    auto url = DidUrl::parse(did);
    if (!url || !url->isBareDid())
        return badRequest(tr("did is not a DID"));
    record->subjectId = did;
    record->state = QStringLiteral("RequestPending");
    record->updatedAtMs = nowMs();
    if (auto done = m_store.saveRecord(*record); !done)
        return done.error();
    schedule(record->recordId);
    return *record;
}

Result<AgentRecord> IssuerAgentApi::startIssuing(const AgentParty &issuer, const QString &recordId)
{
    auto record = m_store.record(recordId);
    if (!record || record->party != issuer.name)
        return Error{QStringLiteral("404"),
                     tr("there is no offer %1 for this party").arg(recordId.left(64))};
    if (record->state != QLatin1String("RequestReceived"))
        return conflict(tr("the offer is %1, not RequestReceived").arg(record->state));
    record->state = QStringLiteral("CredentialPending");
    record->updatedAtMs = nowMs();
    if (auto done = m_store.saveRecord(*record); !done)
        return done.error();
    schedule(record->recordId);
    return *record;
}

QHttpServerResponse IssuerAgentApi::recordAction(
    const QHttpServerRequest &request,
    const std::function<Result<AgentRecord>(const AgentParty &, const QJsonObject &)> &action)
{
    auto party = ApiKeyAuth::caller(m_store, request);
    if (!party)
        return AgentHttp::refuse(party.error());
    auto body = AgentHttp::body(request);
    if (!body)
        return AgentHttp::refuse(body.error());
    auto record = action(party.value(), body.value());
    return record ? data(record->toJson()) : AgentHttp::refuse(record.error());
}

QHttpServerResponse IssuerAgentApi::offerNoSchema(const QHttpServerRequest &request)
{
    return recordAction(request, [this](const AgentParty &party, const QJsonObject &body) {
        return createOffer(party, body);
    });
}

QHttpServerResponse IssuerAgentApi::accept(const QHttpServerRequest &request)
{
    return recordAction(request, [this](const AgentParty &party, const QJsonObject &body) {
        return acceptOffer(party, stringMember(body, "recordId"), stringMember(body, "did"));
    });
}

QHttpServerResponse IssuerAgentApi::issue(const QHttpServerRequest &request)
{
    return recordAction(request, [this](const AgentParty &party, const QJsonObject &body) {
        return startIssuing(party, stringMember(body, "recordId"));
    });
}

QHttpServerResponse IssuerAgentApi::custodial(const QHttpServerRequest &request)
{
    auto body = AgentHttp::body(request);
    if (!body)
        return AgentHttp::refuse(body.error());
    auto issued = issueCustodially(body.value());
    return issued ? data(issued.value()) : AgentHttp::refuse(issued.error());
}

Result<QJsonObject> IssuerAgentApi::issueCustodially(const QJsonObject &body)
{
    // The keys are the credentials here (seed 001: no apikey header): exact strings only.
    const auto issuer =
        m_store.partyByApiKey(body.value(QStringLiteral("key_peer1")).toString().toUtf8());
    const auto holder =
        m_store.partyByApiKey(body.value(QStringLiteral("key_peer2")).toString().toUtf8());
    if (!issuer || !holder)
        return Error{QStringLiteral("401"), tr("key_peer1 or key_peer2 is not known")};
    const auto connection = m_store.connection(stringMember(body, "connection"));
    if (connection && connection->holder != holder->name)
        return Error{QStringLiteral("403"), tr("key_peer2 is not the holder of the connection")};
    QJsonObject offerBody = body;
    offerBody.insert(QStringLiteral("author"), stringMember(body, "did_peer1"));
    auto exchange = newExchange(issuer.value(), offerBody);
    if (!exchange)
        return exchange.error();
    const QString holderDid = body.value(QStringLiteral("did_peer2")).toString();
    auto url = DidUrl::parse(holderDid);
    if (!url || !url->isBareDid())
        return badRequest(tr("did_peer2 is not a DID"));
    const QJsonValue noDuplicate = body.value(QStringLiteral("noDuplicate"));
    if (!noDuplicate.isUndefined() && !noDuplicate.isNull() && !noDuplicate.isBool())
        return badRequest(tr("noDuplicate is true or false"));

    // noDuplicate: reuse the holder's latest credential of the same claim_type.
    const QString type = exchange->first.claims.value(QStringLiteral("claim_type")).toString();
    if (noDuplicate.toBool() && !type.isEmpty()) {
        auto existing = m_store.recordsOf(holder->name);
        if (!existing)
            return Error{QStringLiteral("500"), existing.error().message};
        for (const AgentRecord &record : existing.value())
            if (record.state == QLatin1String("CredentialReceived") &&
                record.claims.value(QStringLiteral("claim_type")).toString() == type)
                return QJsonObject{{QStringLiteral("wasOffered"), false},
                                   {QStringLiteral("wasAccepted"), false},
                                   {QStringLiteral("vc"), record.toJson()}};
    }
    // Offered, accepted and issued at once: custodial mode has no one to wait for.
    auto [offer, accepted] = std::move(exchange).value();
    offer.subjectId = accepted.subjectId = holderDid;
    auto received = completeExchange(offer, accepted);
    if (!received)
        return Error{QStringLiteral("500"), received.error().message};
    return QJsonObject{{QStringLiteral("wasOffered"), true},
                       {QStringLiteral("wasAccepted"), true},
                       {QStringLiteral("vc"), received->toJson()}};
}

void IssuerAgentApi::schedule(const QString &recordId)
{
    QTimer::singleShot(kStepMs, this, [this, recordId] { advance(recordId); });
}

void IssuerAgentApi::resume()
{
    repairHalfWritten();
    auto waiting = m_store.recordsInStates(kWaitingStates);
    if (waiting)
        for (const AgentRecord &record : waiting.value())
            schedule(record.recordId);
}

void IssuerAgentApi::repairHalfWritten()
{
    auto issuerSides =
        m_store.recordsInStates({QStringLiteral("OfferPending"), QStringLiteral("OfferSent"),
                                 QStringLiteral("CredentialSent")});
    if (!issuerSides)
        return;
    for (AgentRecord issuerRecord : issuerSides.value()) {
        if (issuerRecord.role != QLatin1String("Issuer"))
            continue;
        const auto holderRecord = m_store.counterpart(issuerRecord);
        issuerRecord.updatedAtMs = nowMs();
        if (!holderRecord) {
            // The offer was stored, its delivery not: deliver it now.
            const auto connection = m_store.connection(issuerRecord.connectionId);
            if (!connection || issuerRecord.state == QLatin1String("CredentialSent"))
                continue;
            AgentRecord received = issuerRecord;
            received.recordId = newId();
            received.party = connection->holder;
            received.role = QStringLiteral("Holder");
            received.state = QStringLiteral("OfferReceived");
            (void)m_store.saveRecord(received);
        } else if (issuerRecord.state == QLatin1String("CredentialSent")) {
            if (holderRecord->state != QLatin1String("CredentialReceived")) {
                // Sent, never received: generate and deliver it again.
                issuerRecord.state = QStringLiteral("CredentialGenerated");
                (void)m_store.saveRecord(issuerRecord);
            }
        } else if (holderRecord->state == QLatin1String("RequestSent")) {
            // The holder's request went out, the issuer never saw it: it sees it now.
            issuerRecord.state = QStringLiteral("RequestReceived");
            issuerRecord.subjectId = holderRecord->subjectId;
            (void)m_store.saveRecord(issuerRecord);
        }
    }
}

void IssuerAgentApi::advance(const QString &recordId)
{
    auto record = m_store.record(recordId);
    if (!record)
        return;
    const QString state = record->state;
    record->updatedAtMs = nowMs();
    if (state == QLatin1String("OfferPending")) {
        record->state = QStringLiteral("OfferSent");
        (void)m_store.saveRecord(*record);
    } else if (state == QLatin1String("RequestPending")) {
        auto issuerSide = m_store.counterpart(*record);
        if (!issuerSide)
            return;
        record->state = QStringLiteral("RequestSent");
        issuerSide->state = QStringLiteral("RequestReceived");
        issuerSide->subjectId = record->subjectId;
        issuerSide->updatedAtMs = record->updatedAtMs;
        (void)m_store.saveRecords({*record, *issuerSide});
        if (m_autoIssue) {
            issuerSide->state = QStringLiteral("CredentialPending");
            if (m_store.saveRecord(*issuerSide))
                schedule(issuerSide->recordId);
        }
    } else if (state == QLatin1String("CredentialPending")) {
        record->state = QStringLiteral("CredentialGenerated");
        (void)m_store.saveRecord(*record);
        schedule(recordId);
    } else if (state == QLatin1String("CredentialGenerated")) {
        (void)deliverCredential(*record);
    }
}

Status IssuerAgentApi::deliverCredential(const AgentRecord &issuerRecord)
{
    auto holderRecord = m_store.counterpart(issuerRecord);
    if (!holderRecord)
        return Error{QStringLiteral("agent.internal"), tr("the exchange is incomplete")};
    auto received = completeExchange(issuerRecord, *holderRecord);
    if (!received)
        return received.error();
    return {};
}

Result<AgentRecord> IssuerAgentApi::completeExchange(AgentRecord issuerRecord,
                                                     AgentRecord holderRecord)
{
    const auto issuer = m_store.partyByName(issuerRecord.party);
    if (!issuer)
        return Error{QStringLiteral("agent.internal"), tr("the exchange has no issuer")};
    // The status slot, the credential and both sides' states: all of it or none of it.
    auto transaction = SqlTransaction::begin(m_store.database());
    if (!transaction)
        return transaction.error();
    auto slot = m_store.allocateStatus(issuer->name);
    if (!slot)
        return slot.error();
    const QString listUrl = m_baseUrl + QStringLiteral("/status/") + slot->listId;
    auto jwt = CredentialMinter::credential(*issuer, issuerRecord.subjectId, issuerRecord.claims,
                                            issuerRecord.validitySeconds, {listUrl, slot->index},
                                            Clock::now());
    if (!jwt)
        return jwt.error();
    const qint64 now = nowMs();
    issuerRecord.state = QStringLiteral("CredentialSent");
    issuerRecord.statusList = holderRecord.statusList = slot->listId;
    issuerRecord.statusIndex = holderRecord.statusIndex = slot->index;
    issuerRecord.updatedAtMs = holderRecord.updatedAtMs = now;
    holderRecord.state = QStringLiteral("CredentialReceived");
    holderRecord.credential = QString::fromLatin1(jwt->toBase64());
    if (auto done = m_store.saveRecords({issuerRecord, holderRecord}); !done)
        return done.error();
    if (auto done = transaction.value().commit(); !done)
        return done.error();
    return holderRecord;
}

Status IssuerAgentApi::revoke(const QString &recordId)
{
    auto record = m_store.record(recordId);
    if (!record || record->statusList.isEmpty())
        return Error{QStringLiteral("agent.not_found"),
                     tr("%1 is not the record of an issued credential").arg(recordId.left(64))};
    return m_store.setStatusBit(record->statusList, record->statusIndex, true);
}

QHttpServerResponse IssuerAgentApi::statusList(const QString &listId)
{
    auto list = m_store.statusList(listId);
    if (!list)
        return AgentHttp::error(StatusCode::NotFound, list.error().message);
    const auto issuer = m_store.partyByName(list->first);
    if (!issuer)
        return AgentHttp::error(StatusCode::InternalServerError, tr("the list has no issuer"));
    auto jwt = CredentialMinter::statusList(
        *issuer, m_baseUrl + QStringLiteral("/status/") + listId, list->second, Clock::now());
    if (!jwt)
        return AgentHttp::error(StatusCode::InternalServerError, jwt.error().message);
    return QHttpServerResponse(QByteArrayLiteral("application/jwt"), jwt.value());
}

} // namespace vcdesk
