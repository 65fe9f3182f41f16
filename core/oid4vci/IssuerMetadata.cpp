#include "core/oid4vci/IssuerMetadata.h"

#include "core/oid4vci/MemberReader.h"

namespace vcdesk {

namespace {

using Presence = MemberReader::Presence;
const QString kCode = QStringLiteral("vci.metadata_malformed");

/// encryption_required of credential_request_encryption / credential_response_encryption.
Result<bool> encryptionRequired(const MemberReader &reader, const QString &name)
{
    auto object = reader.object(name, Presence::Optional);
    if (!object)
        return object.error();
    if (!object.value())
        return false;
    const MemberReader encryption(*object.value(), reader.where() + QStringLiteral(": ") + name,
                                  kCode);
    auto required = encryption.boolean(QStringLiteral("encryption_required"));
    if (!required)
        return required.error();
    return required->value_or(false);
}

} // namespace

Result<IssuerMetadata> IssuerMetadata::parse(QByteArrayView json, const IssuerIdentifier &expected)
{
    auto object = MemberReader::parseObject(
        json, kMaxBytes, 32, QStringLiteral("vci.metadata_json"), tr("the issuer's metadata"));
    if (!object)
        return object.error();
    const MemberReader reader(object.value(), tr("issuer metadata"), kCode);
    IssuerMetadata read;
    auto issuer = reader.string(QStringLiteral("credential_issuer"), Presence::Required);
    if (!issuer)
        return issuer.error();
    if (issuer.value() != expected.text())
        return Error{QStringLiteral("vci.metadata_issuer_mismatch"),
                     tr("the metadata is for \"%1\", not for the issuer that made the offer "
                        "(\"%2\")")
                         .arg(issuer->left(120), expected.text().left(120))};
    read.m_issuer = expected;

    auto servers = reader.strings(QStringLiteral("authorization_servers"), Presence::Optional);
    if (!servers)
        return servers.error();
    for (const QString &server : servers.value()) {
        auto identifier = IssuerIdentifier::parse(server, QStringLiteral("authorization_servers"));
        if (!identifier)
            return identifier.error();
        read.m_authorizationServers << identifier.value();
    }

    const std::pair<QString, QUrl *> endpoints[] = {
        {QStringLiteral("nonce_endpoint"), &read.m_nonceEndpoint},
        {QStringLiteral("deferred_credential_endpoint"), &read.m_deferredEndpoint},
        {QStringLiteral("notification_endpoint"), &read.m_notificationEndpoint},
    };
    auto credentialEndpoint =
        reader.endpoint(QStringLiteral("credential_endpoint"), Presence::Required);
    if (!credentialEndpoint)
        return credentialEndpoint.error();
    read.m_credentialEndpoint = credentialEndpoint.value();
    for (const auto &[name, target] : endpoints) {
        auto url = reader.endpoint(name, Presence::Optional);
        if (!url)
            return url.error();
        *target = url.value();
    }

    auto batch = reader.object(QStringLiteral("batch_credential_issuance"), Presence::Optional);
    if (!batch)
        return batch.error();
    if (batch.value()) {
        const MemberReader batchReader(
            *batch.value(), reader.where() + QStringLiteral(": batch_credential_issuance"), kCode);
        auto size = batchReader.integer(QStringLiteral("batch_size"), 2, 1000);
        if (!size)
            return size.error();
        if (!size.value())
            return batchReader.error(tr("batch_size is missing"));
        read.m_batchSize = int(*size.value());
    }
    auto requestEncryption =
        encryptionRequired(reader, QStringLiteral("credential_request_encryption"));
    auto responseEncryption =
        encryptionRequired(reader, QStringLiteral("credential_response_encryption"));
    if (!requestEncryption)
        return requestEncryption.error();
    if (!responseEncryption)
        return responseEncryption.error();
    read.m_requestEncryptionRequired = requestEncryption.value();
    read.m_responseEncryptionRequired = responseEncryption.value();

    auto display = reader.array(QStringLiteral("display"), Presence::Optional);
    if (!display)
        return display.error();
    if (display.value()) {
        auto names = LocalizedDisplay::parse(*display.value(), reader.where(), kCode, false);
        if (!names)
            return names.error();
        read.m_display = names.value();
    }

    auto configurations =
        reader.object(QStringLiteral("credential_configurations_supported"), Presence::Required);
    if (!configurations)
        return configurations.error();
    const QJsonObject &all = *configurations.value();
    if (all.isEmpty())
        return reader.error(tr("credential_configurations_supported is empty"));
    if (all.size() > kMaxConfigurations)
        return reader.error(
            tr("it describes more than %1 credential configurations").arg(kMaxConfigurations));
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key().isEmpty() || !it.value().isObject())
            return reader.error(tr("a credential configuration is not an object with a name"));
        auto configuration = CredentialConfiguration::parse(it.key(), it.value().toObject());
        if (configuration)
            read.m_configurations.insert(it.key(), configuration.value());
        else
            read.m_unreadable.insert(it.key(), configuration.error());
    }
    return read;
}

} // namespace vcdesk
