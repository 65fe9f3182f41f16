#include "core/jsonld/RemoteContexts.h"

#include "core/common/DisplayText.h"
#include "core/crypto/Digest.h"
#include "core/jsonld/JsonLdError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vcdesk {

namespace {

QString shown(const QString &text)
{
    return DisplayText::escape(text, 120);
}

} // namespace

RemoteContexts::RemoteContexts(DocumentLoader loader)
    : m_loader(std::move(loader))
{
}

QString RemoteContexts::contentHash(const QString &url, const QJsonValue &context)
{
    auto known = m_hashes.constFind(url);
    if (known == m_hashes.constEnd())
        known = m_hashes.insert(
            url,
            QString::fromLatin1(
                Digest::sha256(QJsonDocument(QJsonArray{context}).toJson(QJsonDocument::Compact))
                    .toHex()));
    return known.value();
}

Result<QJsonValue> RemoteContexts::dereference(const QString &url, QString *documentUrl,
                                               bool *fixed)
{
    ++m_dereferences;
    auto cached = m_loaded.constFind(url);
    if (cached == m_loaded.constEnd()) {
        if (!m_loader)
            return JsonLdError::make("loading remote context failed",
                                     tr("no loader for %1").arg(shown(url)));
        auto loaded = m_loader(url);
        if (!loaded)
            return JsonLdError::make("loading remote context failed",
                                     tr("%1: %2").arg(shown(url), loaded.error().message));
        cached = m_loaded.insert(url, loaded.value());
    }
    const QJsonValue document = cached->document;
    if (!document.isObject() || !document.toObject().contains(QStringLiteral("@context")))
        return JsonLdError::make("invalid remote context",
                                 tr("%1 holds no @context").arg(shown(url)));
    if (documentUrl)
        *documentUrl = cached->documentUrl.isEmpty() ? url : cached->documentUrl;
    if (fixed)
        *fixed = cached->fixed;
    return document.toObject().value(QStringLiteral("@context"));
}

} // namespace vcdesk
