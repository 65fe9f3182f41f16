#include "core/jsonld/BundledContexts.h"

#include "core/common/DisplayText.h"
#include "core/crypto/Digest.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace vcdesk {

namespace {

struct Bundled
{
    const char *url;
    const char *resource;
    const char *sha256;
};

// The SHA-256 of each file as copied (see resources/contexts/README.md).
constexpr Bundled kContexts[] = {
    {"https://www.w3.org/2018/credentials/v1", "credentials-v1.jsonld",
     "ab4ddd9a531758807a79a5b450510d61ae8d147eab966cc9a200c07095b0cdcc"},
    {"https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld",
     "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734"},
    {"https://www.w3.org/2018/credentials/examples/v1", "credentials-examples-v1.jsonld",
     "2070ae4e75bc3b4c2cfe2b8b6e86ec45119672bbb5da283f0399ea96c60a0104"},
    {"https://www.w3.org/ns/credentials/examples/v2", "credentials-examples-v2.jsonld",
     "57393fbc69d6efb9b9b5dc9cb6b9880b0944360abfe2eaf459c9e58cf2279d7c"},
    {"https://w3id.org/security/data-integrity/v1", "data-integrity-v1.jsonld",
     "b5d829bd09aa7c42abc6efa0c8ed7635313b5487f37ccfce3ecd149ca9418554"},
    {"https://w3id.org/security/data-integrity/v2", "data-integrity-v2.jsonld",
     "67f21e6e33a6c14e5ccfd2fc7865f7474fb71a04af7e94136cb399dfac8ae8f4"},
    {"https://w3id.org/security/multikey/v1", "multikey-v1.jsonld",
     "ba2c182de2d92f7e47184bcca8fcf0beaee6d3986c527bf664c195bbc7c58597"},
    {"https://www.w3.org/ns/credentials/status/v1", "credentials-status-v1.jsonld",
     "fda5add353231e6a6884a46b12e6c75464281900cb348284d9c360f62381d9f7"},
    {"https://w3id.org/vc/status-list/2021/v1", "status-list-2021-v1.jsonld",
     "6dd06a52bedb771e059c1083ba8ba7848dce22f6b4a8cfa0b98ba3fc188870e4"},
    {"https://w3id.org/security/v1", "security-v1.jsonld",
     "abaf97e107d1925503c433dcaf3ffd2831697cacc1ed2a293e1bc8030d5bcb47"},
    {"https://w3id.org/security/v2", "security-v2.jsonld",
     "611bd81151d5efe53ec9aed78f5a813e577287bc9451ee26d6879b1b8b46bc3b"},
    {"https://w3id.org/security/suites/ed25519-2020/v1", "ed25519-signature-2020-v1.jsonld",
     "b9e1ab971fd8bf2c7553e0c4a9438e0b9450afde1ea1ca5b2492368b9f549588"},
    {"https://www.w3.org/ns/did/v1", "did-v1.jsonld",
     "62c1054bf404d6dd3a4b26b64f830fd72095f6a26edc4469908c94351352ce5f"},
};

/// Read once per process: the files never change while it runs.
std::optional<RemoteDocument> load(const Bundled &entry)
{
    QFile file(QStringLiteral(":/contexts/") + QLatin1String(entry.resource));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    if (Digest::sha256(bytes).toHex() != QByteArray(entry.sha256))
        return std::nullopt; // a build that carries something else carries nothing
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return std::nullopt;
    return RemoteDocument{document.object(), QString::fromLatin1(entry.url), true,
                          RemoteDocument::Origin::Bundled};
}

} // namespace

std::optional<RemoteDocument> BundledContexts::find(const QString &url)
{
    static QMutex mutex;
    static QHash<QString, std::optional<RemoteDocument>> cache;
    const QMutexLocker lock(&mutex);
    if (auto cached = cache.constFind(url); cached != cache.constEnd())
        return cached.value();
    for (const Bundled &entry : kContexts)
        if (url == QLatin1String(entry.url)) {
            const std::optional<RemoteDocument> document = load(entry);
            cache.insert(url, document);
            return document;
        }
    return std::nullopt;
}

QStringList BundledContexts::urls()
{
    QStringList list;
    for (const Bundled &entry : kContexts)
        list << QString::fromLatin1(entry.url);
    return list;
}

DocumentLoader BundledContexts::loader()
{
    return [](const QString &url) -> Result<RemoteDocument> {
        if (auto document = find(url))
            return *document;
        return Error{QStringLiteral("jsonld.context_not_available"),
                     tr("the JSON-LD context %1 is not one vcdesk carries, and it fetches no "
                        "other")
                         .arg(DisplayText::escape(url, 200))};
    };
}

} // namespace vcdesk
