#pragma once

#include "core/store/PresentationRecord.h"
#include "models/PagedRowsModel.h"

#include <QPointer>

namespace vcdesk {

class WalletSession;

/// The holder's presentation history, newest first: when, to whom, what happened and which
/// claims left. Loads a page at a time through the session, on the wallet's thread; empty
/// while the wallet is locked. Verifier names and claims are someone else's words: views show
/// them as plain text.
class PresentationHistoryModel : public PagedRowsModel<PresentationRecord>
{
    Q_OBJECT
public:
    enum Column { TimeColumn, VerifierColumn, OutcomeColumn, SharedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OutcomeRole };

    PresentationHistoryModel(WalletSession &session, qint64 profileId, QObject *parent = nullptr);

    const PresentationRecord *recordAt(int row) const { return rowAt(row); }

    /// Who asked, as a person should read it: the trust list's name, else the name the
    /// verifier gave itself (marked unverified), else its client id.
    static QString verifierText(const PresentationRecord &record);
    static QString outcomeText(PresentationRecord::Outcome outcome);
    /// The claims that left, by readable name: "Name, Degree (University Degree)".
    static QString sharedText(const PresentationRecord &record);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QList<PresentationRecord>> loadAfter(const PresentationRecord *last,
                                                int limit) const override;
    void requestAfter(const PresentationRecord *last, int limit, Delivery deliver) override;

private:
    QPointer<WalletSession> m_session;
    qint64 m_profileId;
};

} // namespace vcdesk
