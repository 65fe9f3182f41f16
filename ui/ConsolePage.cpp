#include "ui/ConsolePage.h"

#include "core/common/ActivityBase.h"
#include "models/GenerationConsole.h"
#include "models/HostedWalletConsole.h"
#include "models/IssuerConsole.h"
#include "ui/DecisionEventPage.h"
#include "ui/GenerationPage.h"
#include "ui/HostedWalletConsolePage.h"
#include "ui/IssuerConsolePage.h"
#include "ui/OperationsView.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace vcdesk {

ConsolePage::ConsolePage(WalletSession &session, qint64 profileId, OperationLog &log,
                         QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("consolePage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("consoleTabs"));
    m_tabs->setDocumentMode(true);
    // No mnemonics on the tabs (the pages' own fields and buttons use the letters): Ctrl+Tab
    // and Ctrl+Shift+Tab go from one tab to the next.
    m_issuer = new IssuerConsolePage(session, profileId, log, m_tabs);
    m_hosted = new HostedWalletConsolePage(session, profileId, log, m_tabs);
    m_generation = new GenerationPage(session, profileId, log, m_tabs);
    m_decisions = new DecisionEventPage(m_tabs);
    m_operations = new OperationsView(log, m_tabs);
    m_tabs->addTab(m_issuer, tr("Issuer agent"));
    m_tabs->addTab(m_hosted, tr("Hosted wallet"));
    m_tabs->addTab(m_generation, tr("Generation"));
    m_tabs->addTab(m_decisions, tr("Decision events"));
    m_tabs->addTab(m_operations, tr("History"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_issuer, &IssuerConsolePage::busy, this, &ConsolePage::busy);
    connect(m_issuer, &IssuerConsolePage::inspectRequested, this, &ConsolePage::inspectRequested);
    connect(m_hosted, &HostedWalletConsolePage::busy, this, &ConsolePage::busy);
    connect(m_generation, &GenerationPage::busy, this, &ConsolePage::busy);
    connect(m_decisions, &DecisionEventPage::busy, this, &ConsolePage::busy);
    connect(m_decisions, &DecisionEventPage::inspectRequested, this,
            &ConsolePage::inspectRequested);
    connect(m_generation, &GenerationPage::inspectRequested, this, &ConsolePage::inspectRequested);
}

void ConsolePage::setNetworkPolicy(const NetworkPolicy &policy)
{
    m_issuer->console()->setNetworkPolicy(policy);
    m_generation->console()->setNetworkPolicy(policy);
    m_hosted->console()->setNetworkPolicy(policy);
}

} // namespace vcdesk
