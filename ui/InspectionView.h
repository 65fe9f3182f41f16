#pragma once

#include "core/verify/Inspection.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTabWidget;
class QTreeView;

namespace vcdesk {

class CanonicalFormView;
class CheckListModel;
class JsonTreeModel;

/// What an inspection found, as the inspector and a wallet credential's detail page show it:
/// the verdict badge, the summary line (InspectionSummary), every check with its reason, and
/// the claims, payload, header and embedded credentials as trees, and for a Data Integrity
/// credential what its proof signs (CanonicalFormView). Everything from the token is
/// escaped before it is shown. Pages may add tabs of their own.
class InspectionView : public QWidget
{
    Q_OBJECT
public:
    explicit InspectionView(QWidget *parent = nullptr);

    void showInspection(const Inspection &inspection);
    /// A sentence instead of results (e.g. "Checking…", or why nothing could be read).
    void showStatus(const QString &text);
    void clear();
    void addTab(QWidget *page, const QString &title);

    /// The verdict's headline ("VALID", ...), as the badge shows it after its symbol.
    QString verdictText() const;
    QString summaryText() const;
    CheckListModel *checks() const { return m_checkModel; }
    JsonTreeModel *claims() const { return m_claimsModel; }
    /// The "Signed form" tab, shown when the inspection made one
    /// (InspectOptions::keepCanonicalForm).
    CanonicalFormView *canonicalForm() const { return m_canonicalForm; }
    QTabWidget *parts() const { return m_parts; }

private:
    QLabel *m_verdict = nullptr;
    QString m_verdictWord; // the headline, without the symbol the badge shows before it
    QLabel *m_summary = nullptr;
    QTableView *m_checks = nullptr;
    QTabWidget *m_parts = nullptr;
    QTreeView *m_claimsView = nullptr;
    QTreeView *m_payloadView = nullptr;
    QTreeView *m_headerView = nullptr;
    QTreeView *m_nestedView = nullptr;
    CanonicalFormView *m_canonicalForm = nullptr;
    CheckListModel *m_checkModel = nullptr;
    JsonTreeModel *m_claimsModel = nullptr;
    JsonTreeModel *m_payloadModel = nullptr;
    JsonTreeModel *m_headerModel = nullptr;
    JsonTreeModel *m_nestedModel = nullptr;
};

} // namespace vcdesk
