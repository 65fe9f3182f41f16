#include "models/JsonLinesSpool.h"

#include <QSaveFile>

namespace vcdesk {

JsonLinesSpool::JsonLinesSpool()
{
    m_broken = !m_file.open();
}

void JsonLinesSpool::append(const QByteArray &lines)
{
    QMutexLocker lock(&m_mutex);
    if (!m_broken && m_file.write(lines) != lines.size())
        m_broken = true;
}

Status JsonLinesSpool::copyTo(const QString &path, const QByteArray &trailer) const
{
    QMutexLocker lock(&m_mutex);
    if (m_broken)
        return Error{QStringLiteral("report.spool_failed"),
                     tr("the batch's report could not be kept in a temporary file (%1)")
                         .arg(m_file.errorString())};
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("report.write_failed"),
                     tr("cannot write %1: %2").arg(path, out.errorString())};
    QTemporaryFile &file = m_file;
    file.flush();
    const qint64 end = file.pos();
    file.seek(0);
    QByteArray block;
    bool ok = true;
    while (ok && file.pos() < end) {
        block = file.read(qMin<qint64>(1 << 20, end - file.pos()));
        ok = !block.isEmpty() && out.write(block) == block.size();
    }
    file.seek(end);
    if (!ok || out.write(trailer) != trailer.size() || !out.commit())
        return Error{QStringLiteral("report.write_failed"),
                     tr("cannot write %1: %2").arg(path, out.errorString())};
    return {};
}

} // namespace vcdesk
