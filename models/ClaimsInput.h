#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// The claims an operator types for an offer (seed 001's "claims"), read as the agent will:
/// one JSON object (duplicate members refused), 1 to 100 members, names 1 to 100 characters,
/// no "id" (the subject's id is the holder's DID), at most 64 KiB. Each refusal has a code
/// ("claims.*") and a sentence that says where it is wrong.
class ClaimsInput
{
    Q_DECLARE_TR_FUNCTIONS(ClaimsInput)
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024;
    static constexpr int kMaxMembers = 100;
    static constexpr int kMaxNameChars = 100;

    static Result<QJsonObject> read(const QString &text);
};

} // namespace vcdesk
