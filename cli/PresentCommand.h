#pragma once

#include "core/oid4vp/PresentationBuilder.h"
#include "core/oid4vp/PresentationMatch.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace vcdesk {

class WalletCli;
class PresentationSession;

/// `vcdesk present [--wallet W] [--select CREDENTIAL_ID]... [--share-optional PATH]... [--yes]
/// [--decline] URI`: reads a presentation request (OpenID4VP / SIOPv2 link), shows who asks for
/// what and which claims each matching credential would reveal (claims the request can do
/// without stay in the wallet unless named with --share-optional, as in the window), asks
/// before sending anything (unless --yes), sends the presentation (or access_denied with
/// --decline, or when the person answers "d") and prints the verifier's answer. Nothing at all
/// is sent without a decision, and the default answer is the same on every path (send
/// nothing), so a verifier cannot tell what the wallet holds. Credentials the wallet does not
/// hold as valid are never chosen by default and are sent only after an explicit confirmation
/// at a terminal. Exit 0 only when the verifier accepted; 1 refused, declined or failed; 2 wrong
/// passphrase; 3 unusable wallet; 64 usage.
class PresentCommand
{
    Q_DECLARE_TR_FUNCTIONS(PresentCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    enum class Choice { Send, Decline, Nothing };
    /// Asks at the terminal; anything but "y" (when sending is offered) or "d" is Nothing.
    static Choice ask(const QString &question, bool canSend, QTextStream &out);
    /// The chosen credentials the wallet does not hold as valid, each with its reason.
    static QStringList notValidChoices(const PresentationMatch &match,
                                       const PresentationBuilder::Selection &selection);
};

} // namespace vcdesk
