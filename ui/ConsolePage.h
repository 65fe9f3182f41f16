#pragma once

#include "core/net/NetworkPolicy.h"

#include <QWidget>

class QTabWidget;

namespace vcdesk {

class ActivityBase;
class DecisionEventPage;
class GenerationPage;
class HostedWalletConsolePage;
class IssuerConsolePage;
class OperationLog;
class OperationsView;
class WalletSession;

/// The operator console, the window's Console section: the services of the seeds driven
/// with the wallet's accounts, one tab each (Issuer agent, Hosted wallet, Generation, Decision
/// events), and the operations history.
class ConsolePage : public QWidget
{
    Q_OBJECT
public:
    ConsolePage(WalletSession &session, qint64 profileId, OperationLog &log,
                QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    /// What every page may contact (plain http to this computer only where allowed).
    void setNetworkPolicy(const NetworkPolicy &policy);
    IssuerConsolePage *issuerPage() const { return m_issuer; }
    GenerationPage *generationPage() const { return m_generation; }
    HostedWalletConsolePage *hostedPage() const { return m_hosted; }
    DecisionEventPage *decisionPage() const { return m_decisions; }
    OperationsView *operationsView() const { return m_operations; }

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);
    void inspectRequested(const QString &token);

private:
    QTabWidget *m_tabs = nullptr;
    IssuerConsolePage *m_issuer = nullptr;
    GenerationPage *m_generation = nullptr;
    HostedWalletConsolePage *m_hosted = nullptr;
    DecisionEventPage *m_decisions = nullptr;
    OperationsView *m_operations = nullptr;
};

} // namespace vcdesk
