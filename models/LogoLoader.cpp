#include "models/LogoLoader.h"

#include "core/common/Activity.h"
#include "core/common/CancelToken.h"
#include "core/net/ImageFetch.h"
#include "models/LogoDecoder.h"

#include <QVariantMap>

namespace vcdesk {

LogoLoader::LogoLoader(QObject *parent)
    : QObject(parent)
{
}

LogoLoader::~LogoLoader()
{
    cancel();
}

void LogoLoader::cancel()
{
    if (m_running) {
        m_running->disconnect(this);
        m_running->cancel();
    }
    m_running = nullptr;
}

void LogoLoader::load(const QStringList &uris, int side)
{
    cancel();
    QStringList wanted;
    for (const QString &uri : uris)
        if (!uri.isEmpty() && !wanted.contains(uri) && wanted.size() < kMaxLogos)
            wanted << uri;
    if (wanted.isEmpty())
        return;
    auto *loading = new Activity<bool>(this);
    m_running = loading;
    const NetworkPolicy policy = m_policy;
    const QUrl origin = m_origin;
    connect(loading, &ActivityBase::noticed, this, [this](const QString &kind, const QVariant &v) {
        const QVariantMap logo = v.toMap();
        const QString uri = logo.value(QStringLiteral("uri")).toString();
        if (kind == QLatin1String("logo"))
            emit loaded(uri, logo.value(QStringLiteral("image")).value<QImage>());
        else
            emit failedToLoad(uri, logo.value(QStringLiteral("why")).toString());
    });
    connect(loading, &ActivityBase::finished, loading, &QObject::deleteLater);
    loading->start([wanted, policy, origin,
                    side](const ActivityBase::Context &context) -> Result<bool> {
        for (const QString &uri : wanted) {
            if (CancelToken::current().isCancelled())
                return true;
            const bool inline_ = uri.startsWith(QLatin1String("data:"), Qt::CaseInsensitive);
            auto fetched =
                inline_ || origin.isEmpty() || NetworkPolicy::sameOrigin(QUrl(uri), origin)
                    ? ImageFetch::fetch(uri, policy)
                    : Result<ImageFetch::Image>(
                          Error{QStringLiteral("image.other_site"),
                                tr("the logo is on another site than the issuer's: not fetched, "
                                   "so that site does not learn who looks at the offer")});
            auto image = fetched ? LogoDecoder::decode(fetched->bytes, side)
                                 : Result<QImage>(fetched.error());
            if (image)
                context.notice(QStringLiteral("logo"),
                               QVariantMap{{QStringLiteral("uri"), uri},
                                           {QStringLiteral("image"), image.value()}});
            else
                context.notice(QStringLiteral("failed"),
                               QVariantMap{{QStringLiteral("uri"), uri},
                                           {QStringLiteral("why"), image.error().message}});
        }
        return true;
    });
}

} // namespace vcdesk
