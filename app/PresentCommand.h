#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace vcdesk {

class WalletCli;
class PresentationSession;

/// `vcdesk present [--wallet W] [--select CREDENTIAL_ID]... [--yes] [--decline] URI`: reads a
/// presentation request (OpenID4VP / SIOPv2 link), shows who asks for what and which claims
/// each matching credential would reveal, asks before sending anything (unless --yes), sends
/// the presentation (or access_denied with --decline, or when nothing fits) and prints the
/// verifier's answer. Exit 0 only when the verifier accepted; 1 refused, declined or failed;
/// 2 wrong passphrase; 3 unusable wallet; 64 usage.
class PresentCommand
{
    Q_DECLARE_TR_FUNCTIONS(PresentCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static void printConsent(const QJsonObject &consent, QTextStream &out);
    static bool askConsent(QTextStream &out);
};

} // namespace vcdesk
