#include "core/oid4vci/IssuerAuthorizationResponse.h"

#include "core/codec/FormUrlEncoding.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace vcdesk {

namespace {

Error malformed(const QString &message)
{
    return Error{QStringLiteral("vci.authorization_malformed"), message};
}

/// Compares without leaking how much of the state matched through the time it takes.
bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray y = QCryptographicHash::hash(b.toUtf8(), QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (int i = 0; i < x.size(); ++i)
        difference |= static_cast<unsigned char>(x[i] ^ y[i]);
    return difference == 0;
}

} // namespace

Result<QString> IssuerAuthorizationResponse::read(const QUrl &redirect, const QString &state,
                                                  const AuthorizationServerMetadata &server)
{
    auto pairs = FormUrlEncoding::decode(redirect.query(QUrl::FullyEncoded).toLatin1());
    if (!pairs)
        return malformed(tr("the sign-in answer cannot be read: %1").arg(pairs.error().message));
    QHash<QString, QString> fields;
    for (const auto &[name, value] : pairs.value()) {
        if (fields.contains(name))
            return malformed(tr("the sign-in answer has %1 twice").arg(name.left(40)));
        fields.insert(name, value);
    }
    // State first: an answer to another request says nothing about this one, not even its
    // error.
    if (!fields.contains(QStringLiteral("state")) ||
        !sameSecret(fields.value(QStringLiteral("state")), state))
        return Error{QStringLiteral("vci.state_mismatch"),
                     tr("the sign-in answer is not for this request (its state differs)")};
    if (server.sendsIssInAuthorizationResponse() &&
        fields.value(QStringLiteral("iss")) != server.issuer().text())
        return Error{QStringLiteral("vci.iss_mismatch"),
                     tr("the sign-in answer does not come from the issuer's authorization "
                        "server (iss is \"%1\")")
                         .arg(fields.value(QStringLiteral("iss")).left(120))};
    static const QRegularExpression errorName(QStringLiteral("^[a-z][a-z0-9_]{0,47}$"));
    if (fields.contains(QStringLiteral("error"))) {
        const QString error = fields.value(QStringLiteral("error"));
        QString description = fields.value(QStringLiteral("error_description")).simplified();
        if (description.size() > 300)
            description = description.left(299) + QChar(0x2026);
        Error refused;
        refused.code = QStringLiteral("vci.authorization_") +
                       (errorName.match(error).hasMatch() ? error : QStringLiteral("error"));
        refused.serverMessage = description;
        refused.message = error == QLatin1String("access_denied")
                              ? tr("the sign-in at the issuer was declined")
                              : tr("the issuer ended the sign-in (%1)").arg(error.left(48));
        if (!description.isEmpty())
            refused.message += QStringLiteral(": ") + description;
        return refused;
    }
    const QString code = fields.value(QStringLiteral("code"));
    if (code.isEmpty() || code.size() > kMaxCode)
        return malformed(tr("the sign-in answer has no usable code"));
    return code;
}

} // namespace vcdesk
