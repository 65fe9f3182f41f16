#include "core/credential/Envelope.h"

#include "core/credential/MandateDataHashes.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

using Outcome = CheckResult::Outcome;

QJsonObject unwrapData(const QJsonObject &json)
{
    return json.value(QStringLiteral("data")).isObject()
               ? json.value(QStringLiteral("data")).toObject()
               : json;
}

} // namespace

std::optional<Envelope> EnvelopeReader::read(const QJsonObject &json)
{
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
    Envelope envelope{QStringLiteral("flow-manager-event"), {}, {}};
    const QString label = value.value(QStringLiteral("messageLabel")).toString();
    const QJsonObject payload = value.value(QStringLiteral("messagePayload")).toObject();
    const QString name = QStringLiteral("GenerationResult");
    const QJsonValue credential = payload.value(QStringLiteral("verifiableCredential"));
    if (label == QLatin1String("verifiableCredentialGenerated") &&
        (credential.isString() || credential.isObject())) {
        envelope.contents << credential;
        envelope.checks << CheckResult{name, Outcome::Pass,
                                       tr("the service generated a credential")};
    } else if (label == QLatin1String("verifiableCredentialGenerated")) {
        envelope.checks << CheckResult{
            name, Outcome::Fail,
            tr("the message says a credential was generated but carries none")};
    } else if (label == QLatin1String("verifiableCredentialGenerationFailed")) {
        envelope.checks << CheckResult{
            name, Outcome::Fail,
            tr("the generation service reported an error: %1")
                .arg(payload.value(QStringLiteral("verifiableCredentialError"))
                         .toString()
                         .left(300))};
    } else {
        envelope.checks << CheckResult{
            name, Outcome::Unknown,
            tr("message \"%1\" carries no generated credential").arg(label.left(60))};
    }
    return envelope;
}

std::optional<Envelope> EnvelopeReader::authStatus(const QJsonObject &json)
{
    if (!json.contains(QStringLiteral("correlationId")) || !json.contains(QStringLiteral("status")))
        return std::nullopt;
    Envelope envelope{QStringLiteral("verifier-auth-status"), {}, {}};
    const QString status = json.value(QStringLiteral("status")).toString();
    const QJsonObject payload = json.value(QStringLiteral("payload")).toObject();
    if (payload.contains(QStringLiteral("vp_token")))
        envelope.contents << payload.value(QStringLiteral("vp_token"));
    const QString name = QStringLiteral("AuthStatus");
    if (status == QLatin1String("verified"))
        envelope.checks << CheckResult{name, Outcome::Pass,
                                       tr("the verifier reports the presentation as verified")};
    else if (status == QLatin1String("error"))
        envelope.checks << CheckResult{
            name, Outcome::Fail,
            tr("the verifier reports an error: %1")
                .arg(json.value(QStringLiteral("error")).toString().left(300))};
    else
        envelope.checks << CheckResult{name, Outcome::Unknown,
                                       tr("the request is still \"%1\"").arg(status.left(40))};
    return envelope;
}

std::optional<Envelope> EnvelopeReader::decisionEvent(const QJsonObject &json)
{
    if (json.value(QStringLiteral("eventType")).toString() != QLatin1String("credential") ||
        !json.value(QStringLiteral("credential")).isObject())
        return std::nullopt;
    Envelope envelope{QStringLiteral("decision-event"), {}, {}};
    const QJsonObject credential = json.value(QStringLiteral("credential")).toObject();
    envelope.contents << credential;
    const QString action = json.value(QStringLiteral("action")).toString();
    if (action != QLatin1String("accept") && action != QLatin1String("reject"))
        envelope.checks << CheckResult{
            QStringLiteral("Decision"), Outcome::Fail,
            tr("the action is \"%1\", not accept or reject").arg(action.left(40))};
    const QString proofAction = credential.value(QStringLiteral("proof"))
                                    .toObject()
                                    .value(QStringLiteral("actionType"))
                                    .toString();
    if (!proofAction.isEmpty() && proofAction != action)
        envelope.checks << CheckResult{QStringLiteral("Decision"), Outcome::Fail,
                                       tr("the event says \"%1\" but the proof says \"%2\"")
                                           .arg(action.left(40), proofAction.left(40))};
    const QJsonArray data = credential.value(QStringLiteral("credentialSubject"))
                                .toObject()
                                .value(QStringLiteral("data"))
                                .toArray();
    envelope.checks << MandateDataHashes::check(data);
    return envelope;
}

std::optional<Envelope> EnvelopeReader::hostedWalletCredential(const QJsonObject &json)
{
    const QJsonObject data = unwrapData(json);
    if (!data.value(QStringLiteral("detail")).isObject() ||
        !data.contains(QStringLiteral("credentialId")))
        return std::nullopt;
    Envelope envelope{
        QStringLiteral("hosted-wallet-credential"), {data.value(QStringLiteral("detail"))}, {}};
    const QString status = data.value(QStringLiteral("status")).toString();
    if (!status.isEmpty() && status != QLatin1String("active"))
        envelope.checks << CheckResult{
            QStringLiteral("WalletStatus"), Outcome::Fail,
            tr("the hosted wallet marks the credential as \"%1\"").arg(status.left(40))};
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
    Envelope envelope{QStringLiteral("issuer-agent-record"), {}, {}};
    QStringList pending;
    for (const QJsonObject &record : records) {
        const QJsonValue credential = record.value(QStringLiteral("credential"));
        if (!credential.isString()) {
            pending << record.value(QStringLiteral("protocolState")).toString().left(40);
            continue;
        }
        // Identus puts the JWT in base64 (standard alphabet, padded).
        const auto decoded = QByteArray::fromBase64Encoding(
            credential.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            envelope.contents << QJsonValue(QString::fromUtf8(*decoded));
        else
            envelope.checks << CheckResult{
                QStringLiteral("CredentialPresent"), Outcome::Fail,
                tr("record %1 has a credential that is not valid base64")
                    .arg(record.value(QStringLiteral("recordId")).toString().left(40))};
    }
    if (!pending.isEmpty())
        envelope.checks << CheckResult{
            QStringLiteral("CredentialPresent"), Outcome::Unknown,
            tr("%n record(s) hold no credential yet (state %1)", nullptr, int(pending.size()))
                .arg(pending.join(QStringLiteral(", ")))};
    return envelope;
}

} // namespace vcdesk
