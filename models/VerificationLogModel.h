#pragma once

#include "core/store/LogEntry.h"
#include "core/store/WalletAccess.h"
#include "models/PagedRowsModel.h"

namespace vcdesk {

/// The kiosk's verification log, newest first: when, which station, what was asked, the
/// outcome and why. Optionally only one outcome (e.g. the rejected ones).
class VerificationLogModel : public PagedRowsModel<LogEntry>
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        VerifierColumn,
        RequestColumn,
        OutcomeColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, OutcomeRole, ChecksRole };

    VerificationLogModel(const WalletAccess &access, qint64 profileId, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setOutcomeFilter(const QString &outcome);

protected:
    Result<QList<LogEntry>> loadAfter(const LogEntry *last, int limit) const override;

private:
    WalletAccess m_access;
    qint64 m_profileId;
    QString m_outcome;
};

} // namespace vcdesk
