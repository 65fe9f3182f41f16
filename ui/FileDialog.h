#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace vcdesk {

/// The one way pages ask for a file (KeePassXC's gui/FileDialog pattern): the system dialog
/// for a person; for a test, the answer it set with setNextOpenFileName(), without showing
/// anything (a static QFileDialog call is modal and no test can answer it).
class FileDialog
{
public:
    /// An empty string when the person cancelled.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    /// Tests: the next openFileName() returns `answer` (empty: as if cancelled) at once.
    static void setNextOpenFileName(const QString &answer);
    /// Where to save (the dialog asks before replacing a file); empty when cancelled.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    static void setNextSaveFileName(const QString &answer);
    /// Several files at once; empty when cancelled.
    static QStringList openFileNames(QWidget *parent, const QString &caption,
                                     const QString &filter);
    static void setNextOpenFileNames(const QStringList &answer);
    /// A folder; empty when cancelled.
    static QString existingFolder(QWidget *parent, const QString &caption);
    static void setNextFolder(const QString &answer);
};

} // namespace vcdesk
