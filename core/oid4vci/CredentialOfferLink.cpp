#include "core/oid4vci/CredentialOfferLink.h"

#include "core/codec/FormUrlEncoding.h"
#include "core/oid4vci/IssuerIdentifier.h"

#include <QSet>

namespace vcdesk {

namespace {

const QString kScheme = QStringLiteral("openid-credential-offer");
const QString kByValue = QStringLiteral("credential_offer");
const QString kByReference = QStringLiteral("credential_offer_uri");

Error invalid(const QString &code, const QString &message)
{
    return Error{QStringLiteral("vci.link_") + code, message};
}

} // namespace

bool CredentialOfferLink::looksLikeOffer(const QString &input)
{
    const QString text = input.trimmed();
    if (text.startsWith(kScheme + QLatin1Char(':'), Qt::CaseInsensitive))
        return true;
    if (!text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) &&
        !text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        return false;
    const qsizetype query = text.indexOf(QLatin1Char('?'));
    if (query < 0)
        return false;
    const QString rest = text.mid(query);
    for (const QString &name : {kByValue, kByReference})
        if (rest.contains(QLatin1Char('?') + name + QLatin1Char('=')) ||
            rest.contains(QLatin1Char('&') + name + QLatin1Char('=')))
            return true;
    return false;
}

Result<CredentialOfferLink> CredentialOfferLink::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(QStringLiteral("empty"), tr("there is no credential offer to read"));
    if (text.size() > kMaxLength)
        return invalid(QStringLiteral("too_large"),
                       tr("the offer link is longer than %1 KiB").arg(kMaxLength / 1024));
    for (const QChar c : text)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return invalid(QStringLiteral("malformed"),
                           tr("the offer link contains spaces, control or non-ASCII "
                              "characters"));
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString scheme = colon > 0 ? text.left(colon).toLower() : QString();
    if (scheme != kScheme && scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return invalid(QStringLiteral("scheme"),
                       tr("this is not a credential offer (expected "
                          "openid-credential-offer:// or an https link)"));
    if (text.contains(QLatin1Char('#')))
        return invalid(QStringLiteral("malformed"), tr("the offer link has a fragment"));
    const qsizetype question = text.indexOf(QLatin1Char('?'));
    if (question < 0)
        return invalid(QStringLiteral("missing_offer"),
                       tr("the link carries neither credential_offer nor "
                          "credential_offer_uri"));
    if (scheme != kScheme) {
        // An https link: its own address must be a URL a person could have been sent.
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return invalid(QStringLiteral("malformed"), tr("the offer link is not a URL"));
    }
    auto pairs = FormUrlEncoding::decode(QStringView(text).sliced(question + 1).toLatin1());
    if (!pairs)
        return invalid(
            QStringLiteral("malformed"),
            tr("the offer link's parameters cannot be read: %1").arg(pairs.error().message));
    QSet<QString> seen;
    QString byValue, byReference;
    for (const auto &[name, value] : pairs.value()) {
        if (seen.contains(name))
            return invalid(QStringLiteral("duplicate_parameter"),
                           tr("the parameter %1 appears more than once").arg(name.left(40)));
        seen.insert(name);
        if (name == kByValue)
            byValue = value;
        else if (name == kByReference)
            byReference = value;
    }
    const bool hasValue = seen.contains(kByValue);
    const bool hasReference = seen.contains(kByReference);
    if (hasValue && hasReference)
        return invalid(QStringLiteral("both"),
                       tr("the link has both credential_offer and credential_offer_uri"));
    if (!hasValue && !hasReference)
        return invalid(QStringLiteral("missing_offer"),
                       tr("the link carries neither credential_offer nor "
                          "credential_offer_uri"));
    CredentialOfferLink link;
    if (hasValue) {
        if (byValue.isEmpty())
            return invalid(QStringLiteral("missing_offer"), tr("credential_offer is empty"));
        link.m_kind = Kind::ByValue;
        link.m_offerJson = byValue.toUtf8();
        return link;
    }
    auto uri = IssuerIdentifier::endpoint(byReference, QStringLiteral("credential_offer_uri"));
    if (!uri)
        return Error{QStringLiteral("vci.link_offer_uri"), uri.error().message};
    link.m_kind = Kind::ByReference;
    link.m_offerUri = uri.value();
    return link;
}

} // namespace vcdesk
