#pragma once

#include "core/common/Result.h"
#include "core/credential/Credential.h"
#include "core/verify/InspectOptions.h"
#include "core/verify/Inspection.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// Works out what it was given (JWS/JWT, JWT-VC, JWT-VP, VC-JWT 2.0, JSON-LD VC/VP, or a
/// service wrapper around any of these, base64-wrapped tokens included), verifies it, and
/// recurses into what it carries. Input that is none of these is an Error ("cannot read");
/// everything else ends in an Inspection whose verdict also reflects its contents.
///
/// May resolve did:web over the network: run it off the GUI thread.
class CredentialInspector
{
    Q_DECLARE_TR_FUNCTIONS(CredentialInspector)
public:
    static constexpr int kMaxNesting = 4;
    static constexpr int kMaxContents = 64;

    static Result<Inspection> inspect(QByteArrayView input, const InspectOptions &options);

private:
    static Result<Inspection> inspectText(QByteArrayView input, const InspectOptions &options,
                                          int depth);
    static Result<Inspection> inspectJson(const QJsonObject &json, const InspectOptions &options,
                                          int depth);
    static Result<Inspection> inspectJws(QByteArrayView input, const InspectOptions &options,
                                         int depth);
    static Inspection inspectCredential(const Credential &credential, const InspectOptions &options,
                                        int depth);
    static void inspectContents(const QList<QJsonValue> &contents, const InspectOptions &options,
                                int depth, Inspection &out);
};

} // namespace vcdesk
