#include "cli/OutputPath.h"

#include <QFileInfo>

namespace vcdesk {

Status OutputPath::check(const QString &path, bool overwrite)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return Error{QStringLiteral("output.symlink"),
                     tr("%1 is a symbolic link; vcdesk does not write through links (name the "
                        "file itself)")
                         .arg(path)};
    if (info.exists() && !overwrite)
        return Error{QStringLiteral("output.exists"),
                     tr("%1 already exists; give --force to replace it").arg(path)};
    if (info.exists() && !info.isFile())
        return Error{QStringLiteral("output.exists"), tr("%1 is not a file").arg(path)};
    return {};
}

} // namespace vcdesk
