#pragma once

#include "core/did/DidResolver.h"

#include <QCoreApplication>

namespace vcdesk {

/// did:prism, long form only (offline): the document is built from the creation operation
/// embedded in the DID. Master and revocation keys stay out of the document, as the PRISM
/// method specifies; the other keys appear under the relationship their usage names.
class PrismDidResolver : public DidResolver
{
    Q_DECLARE_TR_FUNCTIONS(PrismDidResolver)
public:
    Result<DidDocument> resolve(const DidUrl &did) override;
};

} // namespace vcdesk
