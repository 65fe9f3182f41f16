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
    // State first: until an answer carries this request's state exactly once, nothing in it
    // counts, not even that it cannot be read (anyone who finds the address can send that).
    const Error notOurs{QStringLiteral("vci.state_mismatch"),
                        tr("the sign-in answer is not for this request (its state differs)")};
    auto pairs = FormUrlEncoding::decode(redirect.query(QUrl::FullyEncoded).toLatin1());
    if (!pairs)
        return notOurs;
    QHash<QString, QString> fields;
    QStringList twice;
    for (const auto &[name, value] : pairs.value()) {
        if (fields.contains(name))
            twice << name;
        fields.insert(name, value);
    }
    if (twice.contains(QStringLiteral("state")) || !fields.contains(QStringLiteral("state")) ||
        !sameSecret(fields.value(QStringLiteral("state")), state))
        return notOurs;
    if (!twice.isEmpty())
        return malformed(tr("the sign-in answer has %1 twice").arg(twice.first().left(40)));
    // RFC 9207 section 2.4: an iss that is there is compared, whatever the metadata says.
    if ((server.sendsIssInAuthorizationResponse() || fields.contains(QStringLiteral("iss"))) &&
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
