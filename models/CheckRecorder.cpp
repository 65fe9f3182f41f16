#include "models/CheckRecorder.h"

#include "core/common/Clock.h"
#include "core/store/ClaimHighlights.h"
#include "core/store/Wallet.h"
#include "models/WalletSession.h"

namespace vcdesk {

CredentialRecord CheckRecorder::store(WalletSession &session, const CredentialRecord &listed,
                                      const Inspection &inspection)
{
    CredentialRecord now = listed;
    now.verdict = inspection.report.verdict();
    now.revocation = inspection.report.revocation();
    now.highlights = ClaimHighlights::pick(inspection.claims);
    if (listed.id == 0 || (now.verdict == listed.verdict && now.revocation == listed.revocation &&
                           now.highlights == listed.highlights))
        return listed;
    now.verifiedAt = Clock::now();
    auto *stored = session.write<bool>([id = listed.id, inspection, at = now.verifiedAt](
                                           Wallet &wallet, const ActivityBase::Context &) {
        if (auto done = wallet.credentials().recordCheck(id, inspection, at); !done)
            return Result<bool>(done.error());
        return Result<bool>(true);
    });
    QObject::connect(stored, &ActivityBase::finished, stored, &QObject::deleteLater);
    return now;
}

} // namespace vcdesk
