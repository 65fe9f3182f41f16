#pragma once

#include <QWidget>

class QTableView;

namespace vcdesk {

class OperationLog;
class PlainLabel;

/// Console ▸ History: every action taken at a service from this computer, newest first (when,
/// who, account, action, outcome), sortable; the chosen one's outcome in full as plain text,
/// and where the history is kept. It holds no secrets: see OperationLog.
class OperationsView : public QWidget
{
    Q_OBJECT
public:
    explicit OperationsView(OperationLog &log, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    void showChosen();

    OperationLog &m_log;
    QTableView *m_table = nullptr;
    PlainLabel *m_detail = nullptr;
};

} // namespace vcdesk
