#pragma once

#include <QUrl>

namespace vcdesk {

/// A service's base URL with an API path appended ("https://h/base" + "/api/v1/x"), whatever
/// the base's trailing slash; query and fragment of the base are kept as they are.
class ServiceUrl
{
public:
    static QUrl join(const QUrl &base, const QString &path)
    {
        QUrl url = base;
        QString prefix = url.path();
        if (prefix.endsWith(QLatin1Char('/')))
            prefix.chop(1);
        url.setPath(prefix + path);
        return url;
    }
};

} // namespace vcdesk
