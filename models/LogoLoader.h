#pragma once

#include "core/net/NetworkPolicy.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace vcdesk {

class ActivityBase;

/// Fetches and decodes the logos a page shows beside untrusted names (an issuer's, its
/// credentials'), off the GUI thread: load() takes their URIs (data: or https, fetched under
/// the network policy: offline, none; only from the allowed origin when one is set), and each one
/// that arrives and decodes comes as loaded(). A logo is decoration: one that cannot be had is left
/// out and the page shows the name alone (failedToLoad() says which, for a tooltip or a test). A
/// new load() or cancel() drops what the last one had not delivered.
class LogoLoader : public QObject
{
    Q_OBJECT
public:
    /// The most logos one load() fetches; the rest are not asked for.
    static constexpr int kMaxLogos = 8;

    explicit LogoLoader(QObject *parent = nullptr);
    ~LogoLoader() override;

    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }
    /// Only logos on this origin (scheme, host, port) are fetched, and data: URIs; the others
    /// would tell a third site who looks at what before the person chose anything, so they
    /// are left out (failedToLoad()). Unset: any address the policy allows.
    void setAllowedOrigin(const QUrl &origin) { m_origin = origin; }
    /// `side`: the largest width or height, in pixels, of each picture delivered.
    void load(const QStringList &uris, int side);
    void cancel();

signals:
    void loaded(const QString &uri, const QImage &image);
    void failedToLoad(const QString &uri, const QString &why);

private:
    NetworkPolicy m_policy;
    QUrl m_origin;
    QPointer<ActivityBase> m_running;
};

} // namespace vcdesk
