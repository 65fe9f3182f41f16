#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace vcdesk {

/// application/x-www-form-urlencoded bodies, every reserved character percent-encoded (QUrlQuery
/// leaves '+', ';' and others alone, which a form parser may read differently).
struct FormBody
{
    static QByteArray encode(const QList<QPair<QString, QString>> &fields)
    {
        QByteArray body;
        for (const auto &[name, value] : fields) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        return body;
    }
};

} // namespace vcdesk
