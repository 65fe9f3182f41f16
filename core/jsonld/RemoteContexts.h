#pragma once

#include "core/common/Result.h"
#include "core/jsonld/DocumentLoader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>

namespace vcdesk {

/// The remote contexts one ContextProcessor has used: each URL asked of the DocumentLoader
/// once, its @context handed back every time, and the SHA-256 of a fixed context's content
/// (the key under which its processing may be remembered).
class RemoteContexts
{
    Q_DECLARE_TR_FUNCTIONS(RemoteContexts)
public:
    explicit RemoteContexts(DocumentLoader loader);

    /// The @context of the document at `url`; where it was found (the base for what it holds)
    /// and whether its content never changes. Codes: jsonld.loading_remote_context_failed (no
    /// loader, or the loader's error), jsonld.invalid_remote_context (no @context in it).
    Result<QJsonValue> dereference(const QString &url, QString *documentUrl, bool *fixed = nullptr);
    /// The SHA-256 of a loaded context's content (hex), computed once per URL.
    QString contentHash(const QString &url, const QJsonValue &context);
    /// How many times dereference() was called (loaded or not).
    int dereferences() const { return m_dereferences; }

private:
    DocumentLoader m_loader;
    QHash<QString, RemoteDocument> m_loaded;
    QHash<QString, QString> m_hashes;
    int m_dereferences = 0;
};

} // namespace vcdesk
