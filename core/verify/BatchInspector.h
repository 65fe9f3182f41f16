#pragma once

#include "core/common/Result.h"
#include "core/verify/InspectOptions.h"
#include "core/verify/Inspection.h"

#include <QByteArray>
#include <QList>

#include <vector>

class QThreadPool;

namespace vcdesk {

/// Inspects many inputs at once on a thread pool (all cores by default), for an operator
/// re-checking a wallet or a kiosk's log. Results come back in input order; one unreadable
/// input does not stop the others. Blocks until done: call it off the GUI thread.
class BatchInspector
{
public:
    static std::vector<Result<Inspection>> inspectAll(const QList<QByteArray> &inputs,
                                                      const InspectOptions &options,
                                                      QThreadPool *pool = nullptr);
};

} // namespace vcdesk
