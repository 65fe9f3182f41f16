#pragma once

#include <QByteArray>
#include <QString>

namespace vcdesk {

/// A successful (2xx) answer: its status, body and content type.
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QString contentType;
};

} // namespace vcdesk
