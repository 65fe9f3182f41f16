#include "ui/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace vcdesk {

namespace {
std::optional<QString> g_nextOpenFileName; // GUI thread only
} // namespace

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (g_nextOpenFileName)
        return *std::exchange(g_nextOpenFileName, std::nullopt);
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

void FileDialog::setNextOpenFileName(const QString &answer)
{
    g_nextOpenFileName = answer;
}

} // namespace vcdesk
