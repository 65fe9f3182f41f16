#pragma once

#include "core/common/Error.h"

#include <QByteArrayList>
#include <QCoreApplication>

namespace vcdesk {

/// How a console action at a service ended, as a sentence for the operator: what the service
/// said (401, 403, 404, 409, 413, 5xx, unreachable, too slow, cancelled…) and what to do. The
/// service's own words are escaped, and every secret the action used is taken out of them (a
/// hostile or careless service may echo an API key back).
class ServiceSentence
{
    Q_DECLARE_TR_FUNCTIONS(ServiceSentence)
public:
    /// The sentence for `error`, its texts redacted of `secrets` before they are escaped or
    /// shortened (a key cut in half by shortening would no longer be found).
    static QString failure(Error error, const QString &service, const QByteArrayList &secrets = {});
    /// `text` with each secret (8 characters or more) replaced by "•••", and a text that ends
    /// in the first 4 or more characters of one (a key cut off by a server's own shortening)
    /// losing that end too.
    static QString redact(QString text, const QByteArrayList &secrets);
    /// An engine message ("the issuer refused …") as the start of a sentence: trimmed, its
    /// first letter capital, without a full stop at the end (the caller puts what follows).
    static QString asSentence(QString message);
};

} // namespace vcdesk
