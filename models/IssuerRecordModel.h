#pragma once

#include "core/api/IssuerOffer.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vcdesk {

/// The credential exchange records an issuer agent reports for one party (seed 001), as a
/// table: record, thread, role, state, claims, subject, updated. update() merges a fresh
/// answer in place (rows change, appear and go without a reset, so the person's selection
/// stays) and marks the rows whose state changed: they are shown in bold until a later update
/// finds them unchanged for kHighlightMs. Claims and ids are shown escaped.
class IssuerRecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RecordColumn,
        ThreadColumn,
        RoleColumn,
        StateColumn,
        ClaimsColumn,
        SubjectColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { RecordIdRole = Qt::UserRole + 1, SortRole };
    static constexpr qint64 kHighlightMs = 10000;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Merges the agent's latest list (its order: newest first).
    void update(const QList<IssuerOffer> &answer);
    void clear();
    const IssuerOffer &recordAt(int row) const { return m_records.at(row); }
    int rowOf(const QString &recordId) const;
    /// A short, escaped "name: value, …" of a record's claims.
    static QString claimsSummary(const QJsonObject &claims);

signals:
    /// A record's state changed between two updates (not on its first appearance).
    void stateChanged(const QString &recordId, const QString &from, const QString &to);

private:
    QList<IssuerOffer> m_records;
    QHash<QString, qint64> m_changedAtMs; // record id → when its state last changed
};

} // namespace vcdesk
