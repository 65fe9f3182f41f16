#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace vcdesk {

class CredentialFilterChoices;
class CredentialListModel;
class WalletSession;

/// The wallet's credentials as cards (CredentialCardDelegate), newest first: search as you
/// type; filters by type, issuer, tag and status (revoked or suspended too) that combine with it; a
/// sort order. The model runs them all in SQL a page at a time, and the filter menus list what the
/// wallet holds (CredentialFilterChoices, one index seek per value), so it stays fast at
/// 100,000 credentials. Enter or a double click opens one.
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
    /// Fills the type, issuer and tag menus again, keeping what was picked while it is still
    /// there (else "All"; then the list follows).
    void updateChoices();
    bool isFiltered() const;

    CredentialListModel *m_model = nullptr;
    CredentialFilterChoices *m_choices = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_issuer = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_verdict = nullptr;
    QComboBox *m_sort = nullptr;
    QLabel *m_count = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_typing = nullptr;
};

} // namespace vcdesk
