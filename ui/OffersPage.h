#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace vcdesk {

class ActivityBase;
class OfferInbox;
class OfferListModel;
class WalletSession;

/// The offer inbox: what the holder's issuer accounts offer, newest change first, kept in the
/// wallet (so it shows offline too); when the inbox was last checked and what went wrong;
/// an offer's issuer and claims (as plain text); Accept (the credential is issued, checked
/// and stored, with progress and Cancel in the status bar) and Reject (kept in the wallet).
class OffersPage : public QWidget
{
    Q_OBJECT
public:
    OffersPage(WalletSession &session, qint64 profileId, OfferInbox &inbox,
               QWidget *parent = nullptr);

    OfferListModel *model() const { return m_model; }
    /// Selects the offer in `row` (tests, keyboard).
    void selectRow(int row);

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);
    void back();

private:
    void showStatus();
    void showSelected();

    WalletSession &m_session;
    OfferInbox &m_inbox;
    OfferListModel *m_model = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    quint64 m_showing = 0; // the selection whose details are being read
};

} // namespace vcdesk
