#pragma once

#include "core/store/CredentialQuery.h"
#include "core/store/CredentialRecord.h"
#include "models/PagedRowsModel.h"

#include <QPointer>
#include <QSqlDatabase>

namespace vcdesk {

class WalletSession;

/// The credentials of one wallet profile: title, issuer, issued, expires, verdict. Filters
/// (text, type, issuer, tag, verdict) and sorting by any column run in SQL; rows arrive a
/// page at a time. Reads only listing fields, so it works on a locked wallet. A row says to
/// screen readers what its card shows (Qt::AccessibleTextRole: title, badge, issuer, key
/// claims; Qt::AccessibleDescriptionRole: until when it is valid).
class CredentialListModel : public PagedRowsModel<CredentialRecord>
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        IssuerColumn,
        IssuedColumn,
        ExpiresColumn,
        VerdictColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypesRole,
        VerdictRole,
        TagsRole,
        /// The card's key claims as one line of plain text: "Name: Alice · Degree: BSc".
        HighlightsRole,
        /// What a status list says: "none", "revoked" or "suspended" (RevocationName).
        RevocationRole
    };

    /// Reads the index connection `db` of this thread directly (tools and benchmarks).
    explicit CredentialListModel(const QSqlDatabase &db, qint64 profileId,
                                 QObject *parent = nullptr);
    /// Loads through the session, on the wallet's thread: what the window uses (see
    /// WalletSession::credentialModel, which also reloads it after every change). Empty while
    /// the wallet is locked.
    CredentialListModel(WalletSession &session, qint64 profileId, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Replaces the filters (the profile, sort and page size stay) and reloads.
    void setFilter(const CredentialQuery &filter);
    const CredentialQuery &query() const { return m_query; }
    /// How many credentials match the filter (all of them, not only the loaded rows). Through
    /// a session: as counted with the first page.
    qint64 matchingCount() const;
    const CredentialRecord *recordAt(int row) const { return rowAt(row); }
    /// A record's highlights as HighlightsRole shows them: readable names, values escaped,
    /// joined by `separator`.
    static QString highlightsText(const CredentialRecord &record,
                                  const QString &separator = QStringLiteral(" \u00b7 "));
    /// The card's title: the readable name, escaped ("Credential" when it has none).
    static QString titleText(const CredentialRecord &record);
    /// The card's issuer: the trust-list name, else the DID, escaped.
    static QString issuerText(const CredentialRecord &record);
    /// Until when it is valid: "Valid until …", "Ended …", "No end of validity".
    static QString validityText(const CredentialRecord &record);
    /// The whole card in one sentence, for screen readers (Qt::AccessibleTextRole).
    static QString accessibleText(const CredentialRecord &record);

protected:
    Result<QList<CredentialRecord>> loadAfter(const CredentialRecord *last,
                                              int limit) const override;
    void requestAfter(const CredentialRecord *last, int limit, Delivery deliver) override;

private:
    QSqlDatabase m_db;
    QPointer<WalletSession> m_session;
    bool m_sessionMode = false; // loads through a session (gone: nothing to show)
    CredentialQuery m_query;
    qint64 m_matching = 0;
};

} // namespace vcdesk
