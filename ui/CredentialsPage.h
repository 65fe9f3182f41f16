#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace vcdesk {

class CredentialListModel;
class WalletSession;

/// The wallet's credentials as cards (CredentialCardDelegate), newest first: search as you
/// type, a verdict filter and a sort order, all run by the model in SQL a page at a time, so
/// it stays fast at 100,000 credentials. Enter or a double click opens one.
class CredentialsPage : public QWidget
{
    Q_OBJECT
public:
    CredentialsPage(WalletSession &session, qint64 profileId, QWidget *parent = nullptr);

    CredentialListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

signals:
    void credentialActivated(qint64 credentialId);
    /// Add was asked for: with a file dropped on the list, or none.
    void addRequested(const QString &file);
    void presentRequested();
    void offersRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applyFilter();
    void applySort();
    void updateCount();

    CredentialListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_verdict = nullptr;
    QComboBox *m_sort = nullptr;
    QLabel *m_count = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_typing = nullptr;
};

} // namespace vcdesk
