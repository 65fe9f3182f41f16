#pragma once

#include "models/OperationEntry.h"

#include <QAbstractTableModel>
#include <QThreadPool>

namespace vcdesk {

/// The operations history of the console: every action taken at a service, newest first, as
/// a table (when, who, account, action, outcome). Kept in a JSON-lines file (default: the
/// user's data folder, operations.jsonl), read at start and appended to on one worker thread
/// in order, so the GUI thread never waits for the disk; past kMaxFileBytes the file is
/// moved to operations.jsonl.1 and a new one begun. Lines that are not entries are skipped.
/// An empty path keeps the history in memory only. Text is shown escaped (it holds other
/// people's words: server messages, claim types).
class OperationLog : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, AccountColumn, ActionColumn, OutcomeColumn, ColumnCount };
    static constexpr qint64 kMaxFileBytes = 2 * 1024 * 1024;
    static constexpr int kMaxEntries = 5000;

    explicit OperationLog(QString path, QObject *parent = nullptr);
    ~OperationLog() override;

    static QString defaultPath();
    /// The person at this computer, as the history names them.
    static QString currentOperator();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Adds the entry (stamped now and with currentOperator() where not set).
    void record(OperationEntry entry);
    const OperationEntry &entryAt(int row) const { return m_entries.at(row); }
    const QString &path() const { return m_path; }
    /// Waits until every entry recorded so far is on disk (tests, shutdown).
    void flush();

signals:
    void recorded(const vcdesk::OperationEntry &entry);
    void loaded();

private:
    void load();
    void append(const OperationEntry &entry);

    QString m_path;
    QList<OperationEntry> m_entries; // newest first
    QThreadPool m_disk;
};

} // namespace vcdesk
