#include "core/oid4vci/CredentialOffer.h"

#include "core/oid4vci/MemberReader.h"

namespace vcdesk {

namespace {

using Presence = MemberReader::Presence;

const QString kAuthorizationCodeGrant = QStringLiteral("authorization_code");

Result<TransactionCodeSpec> readTransactionCode(const QJsonObject &json)
{
    const MemberReader tx(json, CredentialOffer::tr("credential offer: tx_code"),
                          QStringLiteral("vci.offer_tx_code"));
    TransactionCodeSpec spec;
    auto mode = tx.string(QStringLiteral("input_mode"), Presence::Optional);
    if (!mode)
        return mode.error();
    if (mode->isEmpty() || mode.value() == QLatin1String("numeric"))
        spec.inputMode = TransactionCodeSpec::InputMode::Numeric;
    else if (mode.value() == QLatin1String("text"))
        spec.inputMode = TransactionCodeSpec::InputMode::Text;
    else
        return tx.error(
            CredentialOffer::tr("input_mode is numeric or text, not \"%1\"").arg(mode->left(20)));
    auto length = tx.integer(QStringLiteral("length"), 1, TransactionCodeSpec::kMaxLength);
    if (!length)
        return length.error();
    spec.length = int(length->value_or(0));
    // The description may be empty: only its length is bounded by the specification.
    const QJsonValue description = json.value(QStringLiteral("description"));
    if (!description.isUndefined()) {
        if (!description.isString())
            return tx.error(CredentialOffer::tr("description is not a string"));
        if (description.toString().size() > TransactionCodeSpec::kMaxDescription)
            return tx.error(CredentialOffer::tr("description is longer than %1 characters")
                                .arg(TransactionCodeSpec::kMaxDescription));
        spec.description = description.toString();
    }
    return spec;
}

Result<PreAuthorizedGrant> readPreAuthorized(const QJsonObject &json)
{
    const MemberReader grant(json, CredentialOffer::tr("credential offer: pre-authorized code"),
                             QStringLiteral("vci.offer_grant"));
    PreAuthorizedGrant read;
    auto code = grant.string(QStringLiteral("pre-authorized_code"), Presence::Required);
    if (!code)
        return code.error();
    read.preAuthorizedCode = code.value();
    auto tx = grant.object(QStringLiteral("tx_code"), Presence::Optional);
    if (!tx)
        return tx.error();
    if (tx.value()) {
        auto spec = readTransactionCode(*tx.value());
        if (!spec)
            return spec.error();
        read.transactionCode = spec.value();
    }
    auto server = grant.string(QStringLiteral("authorization_server"), Presence::Optional);
    if (!server)
        return server.error();
    read.authorizationServer = server.value();
    return read;
}

Result<AuthorizationCodeGrant> readAuthorizationCode(const QJsonObject &json)
{
    const MemberReader grant(json, CredentialOffer::tr("credential offer: authorization code"),
                             QStringLiteral("vci.offer_grant"));
    AuthorizationCodeGrant read;
    auto state = grant.string(QStringLiteral("issuer_state"), Presence::Optional);
    if (!state)
        return state.error();
    read.issuerState = state.value();
    auto server = grant.string(QStringLiteral("authorization_server"), Presence::Optional);
    if (!server)
        return server.error();
    read.authorizationServer = server.value();
    return read;
}

} // namespace

Status TransactionCodeSpec::check(const QString &code) const
{
    if (code.isEmpty())
        return Error{QStringLiteral("vci.tx_code_missing"),
                     CredentialOffer::tr("the issuer asks for a transaction code")};
    if (code.size() > 256)
        return Error{QStringLiteral("vci.tx_code_format"),
                     CredentialOffer::tr("the transaction code is longer than 256 characters")};
    if (inputMode == InputMode::Numeric && !std::all_of(code.begin(), code.end(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }))
        return Error{QStringLiteral("vci.tx_code_format"),
                     CredentialOffer::tr("the transaction code is digits only")};
    if (length > 0 && code.size() != length)
        return Error{QStringLiteral("vci.tx_code_format"),
                     CredentialOffer::tr("the transaction code has %1 characters, not %2")
                         .arg(length)
                         .arg(code.size())};
    return {};
}

Result<CredentialOffer> CredentialOffer::parse(QByteArrayView json)
{
    auto object = MemberReader::parseObject(json, kMaxBytes, 16, QStringLiteral("vci.offer_json"),
                                            tr("the credential offer"));
    if (!object)
        return object.error();
    const MemberReader offer(object.value(), tr("credential offer"),
                             QStringLiteral("vci.offer_malformed"));
    CredentialOffer read;
    auto issuer = offer.string(QStringLiteral("credential_issuer"), Presence::Required);
    if (!issuer)
        return issuer.error();
    auto identifier = IssuerIdentifier::parse(issuer.value(), QStringLiteral("credential_issuer"));
    if (!identifier)
        return identifier.error();
    read.m_issuer = identifier.value();

    auto ids = offer.strings(QStringLiteral("credential_configuration_ids"), Presence::Required);
    if (!ids)
        return ids.error();
    if (ids->size() > kMaxConfigurations)
        return offer.error(tr("it offers more than %1 credentials").arg(kMaxConfigurations));
    read.m_configurationIds = ids.value();

    auto grants = offer.object(QStringLiteral("grants"), Presence::Optional);
    if (!grants)
        return grants.error();
    if (!grants.value())
        return read;
    const MemberReader grantReader(*grants.value(), tr("credential offer: grants"),
                                   QStringLiteral("vci.offer_grant"));
    auto preAuthorized = grantReader.object(PreAuthorizedGrant::grantType(), Presence::Optional);
    if (!preAuthorized)
        return preAuthorized.error();
    if (preAuthorized.value()) {
        auto grant = readPreAuthorized(*preAuthorized.value());
        if (!grant)
            return grant.error();
        read.m_preAuthorized = grant.value();
    }
    auto authorizationCode = grantReader.object(kAuthorizationCodeGrant, Presence::Optional);
    if (!authorizationCode)
        return authorizationCode.error();
    if (authorizationCode.value()) {
        auto grant = readAuthorizationCode(*authorizationCode.value());
        if (!grant)
            return grant.error();
        read.m_authorizationCode = grant.value();
    }
    return read;
}

} // namespace vcdesk
