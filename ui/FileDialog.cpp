#include "ui/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace vcdesk {

namespace {
std::optional<QString> g_nextOpenFileName; // GUI thread only
std::optional<QString> g_nextSaveFileName;
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

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter)
{
    if (g_nextSaveFileName)
        return *std::exchange(g_nextSaveFileName, std::nullopt);
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void FileDialog::setNextSaveFileName(const QString &answer)
{
    g_nextSaveFileName = answer;
}

} // namespace vcdesk
