#include "models/OperationLog.h"

#include "core/common/DisplayText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QStandardPaths>

namespace vcdesk {

OperationLog::OperationLog(QString path, QObject *parent)
    : QAbstractTableModel(parent)
    , m_path(std::move(path))
{
    m_disk.setMaxThreadCount(1); // one writer: lines stay in the order they were recorded
    load();
}

OperationLog::~OperationLog()
{
    m_disk.waitForDone();
}

QString OperationLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/operations.jsonl");
}

QString OperationLog::currentOperator()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? tr("this computer's user") : name;
}

int OperationLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OperationLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationLog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const OperationEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn:
            return DisplayText::escape(entry.who, 60);
        case AccountColumn:
            return DisplayText::escape(entry.account, 60);
        case ActionColumn:
            return entry.target.isEmpty() ? DisplayText::escape(entry.action, 80)
                                          : tr("%1: %2").arg(DisplayText::escape(entry.action, 60),
                                                             DisplayText::escape(entry.target, 80));
        case OutcomeColumn:
            return entry.ok ? tr("Done. %1").arg(DisplayText::escapeSentence(entry.outcome, 300))
                            : tr("Failed. %1").arg(DisplayText::escapeSentence(entry.outcome, 300));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == OutcomeColumn)
        return DisplayText::sentenceToolTip(entry.outcome);
    if (role == Qt::UserRole) // what the history sorts by: the time itself, else the text
        return index.column() == WhenColumn ? QVariant(entry.when) : data(index, Qt::DisplayRole);
    return {};
}

QVariant OperationLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case AccountColumn:
        return tr("Account");
    case ActionColumn:
        return tr("Action");
    case OutcomeColumn:
        return tr("Outcome");
    }
    return {};
}

void OperationLog::record(OperationEntry entry)
{
    if (!entry.when.isValid())
        entry.when = QDateTime::currentDateTimeUtc();
    if (entry.who.isEmpty())
        entry.who = currentOperator();
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (m_entries.size() > kMaxEntries) {
        beginRemoveRows({}, kMaxEntries, int(m_entries.size()) - 1);
        m_entries.resize(kMaxEntries);
        endRemoveRows();
    }
    append(entry);
    emit recorded(entry);
}

void OperationLog::flush()
{
    m_disk.waitForDone();
}

void OperationLog::append(const OperationEntry &entry)
{
    if (m_path.isEmpty())
        return;
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    m_disk.start([path = m_path, line] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (QFileInfo(path).size() > kMaxFileBytes) {
            QFile::remove(path + QStringLiteral(".1"));
            QFile::rename(path, path + QStringLiteral(".1"));
        }
        QFile file(path);
        if (file.open(QIODevice::ReadWrite | QIODevice::Append)) {
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            // A writer killed mid-line left a fragment: end it, so this entry stays whole.
            bool broken = false;
            if (file.size() > 0 && file.seek(file.size() - 1)) {
                char last = '\n';
                broken = file.getChar(&last) && last != '\n';
            }
            file.write(broken ? '\n' + line : line);
        }
    });
}

void OperationLog::load()
{
    if (m_path.isEmpty())
        return;
    QPointer<OperationLog> self(this);
    m_disk.start([self, path = m_path] {
        QList<OperationEntry> found;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            // The newest kMaxEntries lines; the file is capped, so reading it whole is bounded.
            const QList<QByteArray> lines = file.readAll().split('\n');
            for (auto it = lines.crbegin(); it != lines.crend() && found.size() < kMaxEntries;
                 ++it) {
                const QJsonObject json = QJsonDocument::fromJson(*it).object();
                if (auto entry = OperationEntry::fromJson(json))
                    found << *entry;
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, found] {
                if (!self)
                    return;
                self->beginResetModel();
                // Entries recorded before the file was read are newer: they stay on top.
                self->m_entries += found;
                if (self->m_entries.size() > kMaxEntries)
                    self->m_entries.resize(kMaxEntries);
                self->endResetModel();
                emit self->loaded();
            },
            Qt::QueuedConnection);
    });
}

} // namespace vcdesk
