#include "core/common/InputFiles.h"

#include "core/common/DisplayText.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace vcdesk {

Result<QStringList> InputFiles::expand(const QStringList &inputs, bool dash, int maxInputs)
{
    QStringList files;
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (dash && input == QLatin1String("-")) {
            files << input;
        } else if (!info.isDir()) {
            if (!info.exists())
                return Error{QStringLiteral("input.unreadable"),
                             tr("%1 does not exist").arg(DisplayText::escape(input, 200))};
            files << input;
        } else {
            QStringList inside;
            QDirIterator it(input, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext() && files.size() + inside.size() <= maxInputs) {
                const QFileInfo entry = it.nextFileInfo();
                if (entry.isFile())
                    inside << entry.filePath();
            }
            if (inside.isEmpty())
                return Error{
                    QStringLiteral("input.empty_folder"),
                    tr("%1 holds no files to inspect").arg(DisplayText::escape(input, 200))};
            std::sort(inside.begin(), inside.end());
            files << inside;
        }
        if (files.size() > maxInputs)
            return Error{QStringLiteral("input.too_many"),
                         tr("more than %1 inputs; inspect a smaller folder").arg(maxInputs)};
    }
    if (dash && files.count(QStringLiteral("-")) > 1)
        return Error{QStringLiteral("input.unreadable"),
                     tr("standard input (-) can be read only once")};
    return files;
}

} // namespace vcdesk
