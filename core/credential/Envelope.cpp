#include "core/credential/Envelope.h"

#include "core/credential/CredentialParser.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

QJsonObject unwrapData(const QJsonObject &json)
{
    return json.value(QStringLiteral("data")).isObject()
               ? json.value(QStringLiteral("data")).toObject()
               : json;
}

/// Every mandate data item that carries a "hash", nested "fields" included (16 levels deep).
void collectHashedItems(const QJsonArray &items, int depth, QList<MandateDataItem> &out)
{
    if (depth > 16)
        return;
    for (const QJsonValue &itemValue : items) {
        const QJsonObject item = itemValue.toObject();
        if (item.contains(QStringLiteral("hash")))
            out << MandateDataItem{
                item.value(QStringLiteral("label")).toString(QStringLiteral("?")),
                item.value(QStringLiteral("value")), item.value(QStringLiteral("hash")).toString()};
        collectHashedItems(item.value(QStringLiteral("fields")).toArray(), depth + 1, out);
    }
}

} // namespace

std::optional<Envelope> EnvelopeReader::read(const QJsonObject &json)
{
    // A credential or presentation is never a message, whatever members it also carries:
    // read as one, an unsigned credential would borrow the verdict of what it wraps.
    if (CredentialParser::looksLikeJsonLd(json))
        return std::nullopt;
    for (auto reader : {&EnvelopeReader::flowManagerEvent, &EnvelopeReader::authStatus,
                        &EnvelopeReader::decisionEvent, &EnvelopeReader::hostedWalletCredential,
                        &EnvelopeReader::issuerAgentRecord}) {
        if (auto envelope = reader(json))
            return envelope;
    }
    return std::nullopt;
}

std::optional<Envelope> EnvelopeReader::flowManagerEvent(const QJsonObject &json)
{
    const QJsonObject value = json.value(QStringLiteral("value")).toObject();
    if (!json.contains(QStringLiteral("key")) || !value.contains(QStringLiteral("messageLabel")))
        return std::nullopt;
    Envelope envelope;
    envelope.kind = Envelope::Kind::FlowManagerEvent;
    envelope.name = QStringLiteral("flow-manager-event");
    envelope.state = value.value(QStringLiteral("messageLabel")).toString();
    const QJsonObject payload = value.value(QStringLiteral("messagePayload")).toObject();
    const QJsonValue credential = payload.value(QStringLiteral("verifiableCredential"));
    if (envelope.state == QLatin1String("verifiableCredentialGenerated") &&
        (credential.isString() || credential.isObject()))
        envelope.contents << credential;
    envelope.reportedError = payload.value(QStringLiteral("verifiableCredentialError")).toString();
    return envelope;
}

std::optional<Envelope> EnvelopeReader::authStatus(const QJsonObject &json)
{
    if (!json.contains(QStringLiteral("correlationId")) || !json.contains(QStringLiteral("status")))
        return std::nullopt;
    Envelope envelope;
    envelope.kind = Envelope::Kind::AuthStatus;
    envelope.name = QStringLiteral("verifier-auth-status");
    envelope.state = json.value(QStringLiteral("status")).toString();
    envelope.reportedError = json.value(QStringLiteral("error")).toString();
    const QJsonObject payload = json.value(QStringLiteral("payload")).toObject();
    if (payload.contains(QStringLiteral("vp_token")))
        envelope.contents << payload.value(QStringLiteral("vp_token"));
    return envelope;
}

std::optional<Envelope> EnvelopeReader::decisionEvent(const QJsonObject &json)
{
    if (json.value(QStringLiteral("eventType")).toString() != QLatin1String("credential") ||
        !json.value(QStringLiteral("credential")).isObject())
        return std::nullopt;
    Envelope envelope;
    envelope.kind = Envelope::Kind::DecisionEvent;
    envelope.name = QStringLiteral("decision-event");
    const QJsonObject credential = json.value(QStringLiteral("credential")).toObject();
    envelope.contents << credential;
    envelope.state = json.value(QStringLiteral("action")).toString();
    envelope.proofState = credential.value(QStringLiteral("proof"))
                              .toObject()
                              .value(QStringLiteral("actionType"))
                              .toString();
    collectHashedItems(credential.value(QStringLiteral("credentialSubject"))
                           .toObject()
                           .value(QStringLiteral("data"))
                           .toArray(),
                       0, envelope.mandateData);
    return envelope;
}

std::optional<Envelope> EnvelopeReader::hostedWalletCredential(const QJsonObject &json)
{
    const QJsonObject data = unwrapData(json);
    if (!data.value(QStringLiteral("detail")).isObject() ||
        !data.contains(QStringLiteral("credentialId")))
        return std::nullopt;
    Envelope envelope;
    envelope.kind = Envelope::Kind::HostedWalletCredential;
    envelope.name = QStringLiteral("hosted-wallet-credential");
    envelope.contents << data.value(QStringLiteral("detail"));
    envelope.state = data.value(QStringLiteral("status")).toString();
    return envelope;
}

std::optional<Envelope> EnvelopeReader::issuerAgentRecord(const QJsonObject &json)
{
    // A record, {"data": record}, {"data": {"vc": record}} ("match"), or {"data": [records]}.
    QList<QJsonObject> records;
    const QJsonValue data = json.value(QStringLiteral("data"));
    const QJsonArray list =
        data.isArray() ? data.toArray() : QJsonArray{data.isObject() ? data : QJsonValue(json)};
    for (const QJsonValue &value : list) {
        QJsonObject record = value.toObject();
        if (record.value(QStringLiteral("vc")).isObject())
            record = record.value(QStringLiteral("vc")).toObject();
        if (record.contains(QStringLiteral("recordId")) &&
            record.contains(QStringLiteral("protocolState")))
            records << record;
    }
    if (records.isEmpty())
        return std::nullopt;
    Envelope envelope;
    envelope.kind = Envelope::Kind::IssuerAgentRecord;
    envelope.name = QStringLiteral("issuer-agent-record");
    for (const QJsonObject &record : records) {
        const QJsonValue credential = record.value(QStringLiteral("credential"));
        if (!credential.isString()) {
            envelope.pendingStates << record.value(QStringLiteral("protocolState")).toString();
            continue;
        }
        // Identus puts the JWT in base64 (standard alphabet, padded).
        const auto decoded = QByteArray::fromBase64Encoding(
            credential.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            envelope.contents << QJsonValue(QString::fromUtf8(*decoded));
        else
            envelope.undecodableRecords << record.value(QStringLiteral("recordId")).toString();
    }
    return envelope;
}

} // namespace vcdesk
