#pragma once

#include "core/common/Result.h"

#include <QJsonObject>

namespace vcdesk {

/// Where a verifier's auth request stands (seed 002), read strictly. Verifiers name the
/// statuses differently; the longer names some use map onto the five of the seed.
struct AuthStatus
{
    enum class State { Created, Sent, Received, Verified, Error };

    QString correlationId;
    QString definitionId;
    State state = State::Created;
    QString stateName; // as the verifier wrote it
    qint64 lastUpdatedMs = 0;
    QJsonObject payload; // set when verified: vp_token, nonce, presentation_submission, ...
    QJsonObject verifiedData;
    /// Final (state Error): why. While open: the last refused answer, if any; a verifier that
    /// keeps requests open against noise (vcdesk-agent) counts them in `attempts`.
    QString error;
    int attempts = 0;

    bool isFinal() const { return state == State::Verified || state == State::Error; }
    static Result<State> stateFrom(const QString &name);
    static QString nameOf(State state);
    static Result<AuthStatus> fromJson(const QJsonObject &json);
};

} // namespace vcdesk
