#include "core/crypto/SecureRandom.h"

#include <QtGlobal>

#include <openssl/rand.h>

namespace vcdesk {

QByteArray SecureRandom::bytes(qsizetype count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), int(count)) != 1)
        qFatal("vcdesk: the system random number generator failed");
    return out;
}

} // namespace vcdesk
