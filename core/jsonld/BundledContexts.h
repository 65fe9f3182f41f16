#pragma once

#include "core/jsonld/DocumentLoader.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace vcdesk {

/// The well-known JSON-LD contexts vcdesk carries (resources/contexts, see its README): the
/// W3C credentials contexts v1 and v2 and their examples, Data Integrity v1 and v2, Multikey.
/// Each is looked up by its exact URL and checked against the SHA-256 it was bundled with, so
/// a credential's meaning never depends on a server answering, nor on what it answers today.
class BundledContexts
{
    Q_DECLARE_TR_FUNCTIONS(BundledContexts)
public:
    /// The bundled context for `url`, or nothing when vcdesk does not carry it.
    static std::optional<RemoteDocument> find(const QString &url);
    static QStringList urls();
    /// A loader that knows the bundled contexts only: any other context is refused
    /// (jsonld.context_not_available, naming it), never fetched.
    static DocumentLoader loader();
};

} // namespace vcdesk
