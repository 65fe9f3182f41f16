#include "ui/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace vcdesk {

namespace {
std::optional<QString> g_nextOpenFileName; // GUI thread only
std::optional<QString> g_nextSaveFileName;
std::optional<QStringList> g_nextOpenFileNames;
std::optional<QString> g_nextFolder;
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

QStringList FileDialog::openFileNames(QWidget *parent, const QString &caption,
                                      const QString &filter)
{
    if (g_nextOpenFileNames)
        return *std::exchange(g_nextOpenFileNames, std::nullopt);
    return QFileDialog::getOpenFileNames(parent, caption, QString(), filter);
}

void FileDialog::setNextOpenFileNames(const QStringList &answer)
{
    g_nextOpenFileNames = answer;
}

QString FileDialog::existingFolder(QWidget *parent, const QString &caption)
{
    if (g_nextFolder)
        return *std::exchange(g_nextFolder, std::nullopt);
    return QFileDialog::getExistingDirectory(parent, caption);
}

void FileDialog::setNextFolder(const QString &answer)
{
    g_nextFolder = answer;
}

} // namespace vcdesk
