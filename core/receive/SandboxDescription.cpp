#include "core/receive/SandboxDescription.h"

#include "core/api/IssuerAgentClient.h"
#include "core/codec/StrictJson.h"
#include "core/common/BoundedRead.h"
#include "core/net/NetworkPolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace vcdesk {

namespace {

Error invalid(const QString &what)
{
    return Error{QStringLiteral("sandbox.invalid"),
                 SandboxDescription::tr("the sandbox description is not usable: %1").arg(what)};
}

} // namespace

QString SandboxDescription::issuerAccountName()
{
    return tr("Sandbox issuer");
}

QList<Account> SandboxDescription::accounts() const
{
    const auto account = [this](const QString &name, const char *kind, const char *role,
                                const QByteArray &key) {
        Account a;
        a.name = name;
        a.kind = QLatin1String(kind);
        a.role = QLatin1String(role);
        a.baseUrl = baseUrl;
        a.secretKind = Account::SecretKind::ApiKey;
        a.secret = key;
        return a;
    };
    QList<Account> list{account(issuerAccountName(), "issuer-agent", "holder", holderApiKey)};
    // Its verifier takes Bearer tokens; the one the agent wrote on start lasts an hour.
    if (!verifierToken.isEmpty()) {
        list << account(tr("Sandbox verifier"), "verifier", "Verifier_User", verifierToken);
        list.last().secretKind = Account::SecretKind::Bearer;
    }
    // The operator console's: the issuer's own side of the agent, and /generate (which signs
    // with the issuer's key).
    if (!issuerApiKey.isEmpty()) {
        list << account(tr("Sandbox issuer (operator)"), "issuer-agent", "issuer", issuerApiKey);
        list << account(tr("Sandbox generation service"), "generator", "issuer", issuerApiKey);
    }
    if (!hostedWalletApiKey.isEmpty())
        list << account(tr("Sandbox hosted wallet"), "hosted-wallet", "issuer", hostedWalletApiKey);
    return list;
}

Status SandboxDescription::requestSampleOffer(const NetworkPolicy &policy) const
{
    IssuerAgentClient issuer(QUrl(baseUrl), issuerApiKey, policy);
    auto offer =
        issuer.createOffer(connectionId, issuerDid, 365 * 86400,
                           QJsonObject{{QStringLiteral("claim_type"), QStringLiteral("membership")},
                                       {QStringLiteral("name"), tr("Sandbox member")},
                                       {QStringLiteral("level"), QStringLiteral("gold")}});
    if (!offer)
        return offer.error();
    return {};
}

QString SandboxDescription::defaultPath()
{
    return qEnvironmentVariable("VCDESK_AGENT_DESCRIPTION");
}

Result<SandboxDescription> SandboxDescription::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("sandbox.unreadable"),
            tr("cannot read the sandbox description %1: %2").arg(path, file.errorString())};
    const QByteArray json = BoundedRead::upTo(file, kMaxBytes);
    if (json.size() > kMaxBytes)
        return invalid(tr("larger than %1 KiB").arg(kMaxBytes / 1024));
    return fromJson(json);
}

Result<SandboxDescription> SandboxDescription::fromJson(QByteArrayView json)
{
    auto parsed = StrictJson::parseObject(json);
    if (!parsed)
        return invalid(parsed.error().message);
    const QJsonObject root = parsed.value();
    SandboxDescription sandbox;
    sandbox.baseUrl = root.value(QStringLiteral("baseUrl")).toString();
    const QUrl base(sandbox.baseUrl, QUrl::StrictMode);
    if (!base.isValid() ||
        (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https")) ||
        !NetworkPolicy::isLoopbackHost(base.host()))
        return invalid(tr("its address is not on this computer"));
    for (const QJsonValue &value : root.value(QStringLiteral("parties")).toArray()) {
        const QJsonObject party = value.toObject();
        const QString name = party.value(QStringLiteral("name")).toString();
        const QByteArray key = party.value(QStringLiteral("apiKey")).toString().toLatin1();
        if (name == QLatin1String("issuer")) {
            sandbox.issuerApiKey = key;
            sandbox.issuerDid = party.value(QStringLiteral("did")).toString();
        } else if (name == QLatin1String("holder")) {
            sandbox.holderApiKey = key;
        } else if (name == QLatin1String("verifier")) {
            sandbox.verifierApiKey = key;
        } else if (name == QLatin1String("hosted-wallet")) {
            sandbox.hostedWalletApiKey = key;
        }
    }
    sandbox.verifierToken = root.value(QStringLiteral("verifierTokens"))
                                .toObject()
                                .value(QStringLiteral("Verifier_User"))
                                .toString()
                                .toLatin1();
    const QJsonArray connections = root.value(QStringLiteral("connections")).toArray();
    if (!connections.isEmpty())
        sandbox.connectionId =
            connections.first().toObject().value(QStringLiteral("id")).toString();
    if (sandbox.issuerApiKey.isEmpty() || sandbox.holderApiKey.isEmpty() ||
        sandbox.connectionId.isEmpty())
        return invalid(tr("it names no issuer, holder or connection"));
    return sandbox;
}

} // namespace vcdesk
