#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace vcdesk {

/// What the credential or deferred credential endpoint answered: the credentials, or a
/// transaction to ask about again after `intervalSeconds`; the notification id, if any.
struct CredentialAnswer
{
    QList<QByteArray> credentials;
    QString notificationId;
    QString transactionId;
    int intervalSeconds = 0;

    bool isDeferred() const { return !transactionId.isEmpty(); }
};

} // namespace vcdesk
