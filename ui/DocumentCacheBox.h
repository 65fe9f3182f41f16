#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace vcdesk {

class OutcomeLabel;
class ActivityBase;
class DocumentCacheModel;

/// The Settings group "Status lists and schemas cache": the documents checks fetched and keep
/// for working offline (models/DocumentCacheModel) in a sortable, read-only table, the folder
/// they are kept in, Refresh now (the chosen one fetched again), Remove (the chosen one),
/// Clear all… (asked first through MessageBox). The outcome is a sentence under the buttons;
/// the buttons wait for a choice (or a cache with something in it) and for the work to end.
/// The table is read again whenever the box is shown.
class DocumentCacheBox : public QGroupBox
{
    Q_OBJECT
public:
    /// An empty `folder` means DocumentCache::defaultFolder().
    explicit DocumentCacheBox(const QString &folder = {}, QWidget *parent = nullptr);

    DocumentCacheModel *model() const { return m_model; }
    QString message() const;

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void start(ActivityBase *activity, const QString &what);
    void updateState();
    /// The model row of the chosen document, or -1.
    int selectedRow() const;

    DocumentCacheModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_clear = nullptr;
    OutcomeLabel *m_message = nullptr;
    QPointer<ActivityBase> m_working;
    QString m_keepUrl; // chosen before a reload
};

} // namespace vcdesk
