#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace vcdesk {

/// An answer: a 2xx, or a 4xx when the request asked for error answers as responses (OAuth
/// protocols, whose errors are structured). Its status, body, content type and headers.
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QString contentType;
    QList<QPair<QByteArray, QByteArray>> headers;

    /// The first header of that name (case-insensitive), or an empty value.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    bool isError() const { return status >= 400; }
};

} // namespace vcdesk
