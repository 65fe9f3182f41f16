#include "models/RememberedWallets.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace vcdesk {

QString RememberedWallets::key(const QString &walletPath)
{
    // A hash: paths hold slashes (settings groups) and say more than the settings need to.
    const QByteArray path = QFileInfo(walletPath).absoluteFilePath().toUtf8();
    return QStringLiteral("wallet/keychain/") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex());
}

bool RememberedWallets::contains(const QString &walletPath)
{
    return !walletPath.isEmpty() && QSettings().value(key(walletPath), false).toBool();
}

void RememberedWallets::set(const QString &walletPath, bool remembered)
{
    QSettings settings;
    if (remembered)
        settings.setValue(key(walletPath), true);
    else
        settings.remove(key(walletPath));
}

} // namespace vcdesk
