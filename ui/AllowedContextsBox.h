#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace vcdesk {

class OutcomeLabel;
class ActivityBase;
class AllowedContextsModel;

/// The Settings group "JSON-LD contexts": the contexts a person allows beyond the ones vcdesk
/// carries (models/AllowedContextsModel), a field for a new one ("address" or
/// "address#sha256=HEX") with Allow, and Remove for the chosen one, asked first. The outcome is a
/// sentence under the buttons. Read again whenever the box is shown.
class AllowedContextsBox : public QGroupBox
{
    Q_OBJECT
public:
    /// An empty `path` means AllowedContexts::defaultPath().
    explicit AllowedContextsBox(const QString &path = {}, QWidget *parent = nullptr);

    AllowedContextsModel *model() const { return m_model; }
    QString message() const;

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void start(ActivityBase *activity, const QString &what);
    void updateState();
    int selectedRow() const;

    AllowedContextsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_entry = nullptr;
    QPushButton *m_allow = nullptr;
    QPushButton *m_remove = nullptr;
    OutcomeLabel *m_message = nullptr;
    QPointer<ActivityBase> m_working;
};

} // namespace vcdesk
