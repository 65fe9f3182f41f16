#pragma once

#include "core/common/Result.h"
#include "core/jsonld/ActiveContext.h"
#include "core/jsonld/DocumentLoader.h"
#include "core/jsonld/RemoteContexts.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace vcdesk {

/// How context processing treats protected terms, propagation and scoped contexts (the
/// flags of JSON-LD 1.1 API section 4.1.2).
struct ContextFlags
{
    bool overrideProtected = false;
    bool propagate = true;
    bool validateScoped = true;
};

/// JSON-LD 1.1 context processing (API section 4.1.2), term definitions (4.2.2) and IRI
/// expansion (4.3.2). Remote contexts come only through the DocumentLoader, each loaded once
/// per processor, at most kMaxRemoteContexts deep (jsonld.context_overflow beyond: a context
/// that includes itself ends there).
class ContextProcessor
{
    Q_DECLARE_TR_FUNCTIONS(ContextProcessor)
public:
    static constexpr int kMaxRemoteContexts = 32;
    /// Term definitions one processor makes in all (each scoped context, each time it
    /// applies): jsonld.too_complex beyond. A credential needs a few thousand.
    static constexpr int kMaxTermDefinitions = 200'000;

    explicit ContextProcessor(DocumentLoader loader);

    static bool isKeyword(const QString &value);
    /// "@" followed by letters only: reserved for future keywords, ignored.
    static bool hasKeywordForm(const QString &value);

    using Flags = ContextFlags;
    Result<ActiveContext> process(const ActiveContext &active, const QJsonValue &local,
                                  const QString &baseUrl, QStringList remoteContexts = {},
                                  Flags flags = {});
    Result<ActiveContext> process(const ActiveContext &active, const QJsonValue &local,
                                  const QString &baseUrl, Flags flags)
    {
        return process(active, local, baseUrl, {}, flags);
    }

    /// IRI expansion without a local context being defined (after context processing).
    /// Returns a null string when the value expands to nothing.
    Result<QString> expandIri(const ActiveContext &active, const QString &value,
                              bool documentRelative, bool vocab);

private:
    struct Defining
    {
        const QJsonObject &local;
        QHash<QString, bool> &defined;
        const QString &baseUrl;
        bool isProtected;
        bool overrideProtected;
        const QStringList &remoteContexts;
    };
    Status defineTerm(ActiveContext &active, const QString &term, const Defining &d);
    Result<QString> expandIri(ActiveContext &active, const QString &value, bool documentRelative,
                              bool vocab, const Defining *d);

    RemoteContexts m_remote;
    int m_definitions = 0;
};

} // namespace vcdesk
