#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace vcdesk {

class ActivityBase;
class PresentationHistoryModel;
class WalletSession;

/// The presentation history: every answer the holder sent a verifier, newest first (when, to
/// whom, the outcome, which claims left the wallet); the chosen one in full (client id, how
/// the verifier was checked, its purpose, the reason of a refusal). Clear removes it all,
/// after a confirmation. Read again whenever the page is shown.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    HistoryPage(WalletSession &session, qint64 profileId, QWidget *parent = nullptr);

    PresentationHistoryModel *model() const { return m_model; }
    void selectRow(int row);

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);
    void back();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void clear();

    WalletSession &m_session;
    qint64 m_profileId;
    PresentationHistoryModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace vcdesk
