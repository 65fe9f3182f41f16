#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QTemporaryFile>

namespace vcdesk {

/// Lines of a report too big to keep in memory (a batch's full inspections as JSON), kept in
/// a temporary file that is removed with the spool. Appended by a batch's worker, copied out
/// when someone exports it. Thread-safe; a spool whose file could not be written says so on
/// copy rather than giving a report with lines missing.
class JsonLinesSpool
{
    Q_DECLARE_TR_FUNCTIONS(JsonLinesSpool)
public:
    JsonLinesSpool();

    void append(const QByteArray &lines);
    /// Writes every line, then `trailer`, to `path` atomically (QSaveFile).
    Status copyTo(const QString &path, const QByteArray &trailer) const;

private:
    mutable QMutex m_mutex;
    mutable QTemporaryFile m_file; // reading it back moves its position
    bool m_broken = false;
};

} // namespace vcdesk
