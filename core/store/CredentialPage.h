#pragma once

#include "core/store/CredentialQuery.h"
#include "core/store/CredentialRecord.h"

#include <QList>

namespace vcdesk {

/// One page of a credential listing and where the next one starts (none at the end).
struct CredentialPage
{
    QList<CredentialRecord> rows;
    std::optional<CredentialQuery::Cursor> next;
};

} // namespace vcdesk
