#pragma once

#include "core/verify/CheckResult.h"

#include <QAbstractTableModel>
#include <QJsonArray>

namespace vcdesk {

/// The mandate data of a credential decision event (seed 004: credentialSubject.data) as a
/// table: label, type, value, and whether the item's hash matches its value, checked per item
/// (core/verify/MandateHashCheck). Nested "fields" are rows under their parent, indented;
/// at most kMaxRows rows and kMaxDepth levels (a hostile event cannot make the table huge).
/// A "hidden" item's value is not shown, only checked. Text is escaped.
class MandateDataModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, TypeColumn, ValueColumn, HashColumn, ColumnCount };
    static constexpr int kMaxRows = 1000;
    static constexpr int kMaxDepth = 8;

    struct Row
    {
        int depth = 0;
        QString label;
        QString type;
        QString value; // shown text (escaped, shortened); empty for hidden items
        bool hidden = false;
        bool hasHash = false;
        CheckResult hash; // Pass: matches; Fail: differs or malformed; Unknown: no hash
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setData(const QJsonArray &data);
    const Row &rowAt(int row) const { return m_rows.at(row); }
    /// Items with a hash, and how many of them match.
    int hashedCount() const;
    int matchingCount() const;
    bool isTruncated() const { return m_truncated; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void collect(const QJsonArray &items, int depth);

    QList<Row> m_rows;
    bool m_truncated = false;
};

} // namespace vcdesk
