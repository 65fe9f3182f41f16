#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace vcdesk {

class IssuanceSession;

/// `vcdesk receive [--wallet W] [--yes] [--tx-code-file F] [--key DID] [--json]
/// [--allow-loopback-http] URI`: receives credentials over OpenID4VCI from an
/// openid-credential-offer:// link (or an https link carrying one). Shows who offers what,
/// asks before the offer's code is spent (unless --yes), asks for the transaction code when
/// the issuer wants one (from --tx-code-file, else at the terminal), binds the credentials to
/// the profile's default key (or --key), checks every credential with the engine and against
/// that key, and stores them with their source; the issuer is then told (notification).
/// A credential that does not verify, or is bound to another key, is not stored, and neither
/// is anything else from that offer. Exit 0 only when everything offered was stored; 1 refused
/// or failed; 2 wrong passphrase; 3 unusable wallet; 64 usage.
class ReceiveCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReceiveCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    /// What is offered, for people (escaped) and as JSON.
    static void printOffer(const IssuanceSession &session, QTextStream &out);
};

} // namespace vcdesk
