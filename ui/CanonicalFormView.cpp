#include "ui/CanonicalFormView.h"

#include "core/common/DisplayText.h"
#include "ui/PlainLabel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vcdesk {

namespace {

QPlainTextEdit *makeText(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(name);
    text->setAccessibleName(accessibleName);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Read-only text still takes focus, so a keyboard user can select and copy it; Tab
    // moves on instead of being typed.
    text->setTabChangesFocus(true);
    return text;
}

/// Canonical N-Quads and JSON escape their own backslashes, quotes and most control
/// characters, but not bidirectional overrides or invisible format characters. Those are
/// written as \uXXXX here (as DisplayText::escape would), lines stay lines, and backslashes
/// are not doubled, so what is shown is what was hashed wherever it was printable.
QString shownCanonical(const QByteArray &utf8)
{
    // A text box holding tens of megabytes stalls the window: a huge credential shows its
    // first million characters and says how much more there is.
    constexpr qsizetype kShownMax = 1'000'000;
    QString out;
    const QList<uint> codePoints = QString::fromUtf8(utf8).toUcs4();
    out.reserve(std::min(codePoints.size(), kShownMax));
    for (const uint c : codePoints.first(std::min(codePoints.size(), kShownMax))) {
        if (c != '\n' && DisplayText::needsEscape(char32_t(c)))
            out += QStringLiteral("\\u%1").arg(c, c > 0xffff ? 6 : 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
    }
    if (codePoints.size() > kShownMax)
        out += CanonicalFormView::tr("\n… %n more characters not shown", nullptr,
                                     int(codePoints.size() - kShownMax));
    return out;
}

QLabel *heading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

CanonicalFormView::CanonicalFormView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("canonicalForm"));
    auto *layout = new QVBoxLayout(this);
    m_note = new PlainLabel(this, QStringLiteral("canonicalFormNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    m_contexts = new QTableWidget(0, 2, this);
    m_contexts->setObjectName(QStringLiteral("canonicalFormContexts"));
    m_contexts->setAccessibleName(tr("JSON-LD contexts used"));
    m_contexts->setAccessibleDescription(
        tr("One row per context the credential refers to, and where vcdesk took it from, such "
           "as carried by vcdesk or fetched now."));
    m_contexts->setHorizontalHeaderLabels({tr("Context"), tr("Came from")});
    m_contexts->verticalHeader()->hide();
    m_contexts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_contexts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_contexts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contexts->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Compact rows; up to four show without scrolling, and the texts below get the rest.
    const int row = m_contexts->fontMetrics().height() + 8;
    m_contexts->verticalHeader()->setDefaultSectionSize(row);
    m_contexts->setMaximumHeight(row * 5 + 2 * m_contexts->frameWidth());
    layout->addWidget(heading(tr("&Contexts"), m_contexts, this));
    layout->addWidget(m_contexts);

    m_document = makeText(QStringLiteral("canonicalDocument"), tr("Canonical document"), this);
    m_document->setAccessibleDescription(
        tr("The credential in the exact form its proof signs, as canonical N-Quads or JSON. "
           "Read-only; you can select and copy it."));
    layout->addWidget(heading(tr("&Document, as signed"), m_document, this));
    layout->addWidget(m_document, 3);
    m_proofOptions =
        makeText(QStringLiteral("canonicalProofOptions"), tr("Canonical proof options"), this);
    m_proofOptions->setAccessibleDescription(
        tr("The proof's own settings, such as its type, date and key, in the form the signature "
           "also covers. Read-only; you can select and copy it."));
    layout->addWidget(heading(tr("&Proof options, as signed"), m_proofOptions, this));
    layout->addWidget(m_proofOptions, 1);
    clear();
}

void CanonicalFormView::show(const std::optional<CanonicalForm> &form)
{
    clear();
    if (!form) {
        m_note->setText(tr("This credential carries no proof vcdesk verifies, so there is no "
                           "signed form to show."));
        return;
    }
    const QString suite = DisplayText::escape(form->suite, 60);
    if (!form->problem.isEmpty()) {
        m_note->setText(tr("The %1 signed form could not be made: %2")
                            .arg(suite, DisplayText::escapeSentence(form->problem)));
    } else {
        m_note->setText(form->nquads ? tr("What the %1 proof signs: the credential as canonical "
                                          "N-Quads (RDFC-1.0), and the proof options.")
                                           .arg(suite)
                                     : tr("What the %1 proof signs: the credential as canonical "
                                          "JSON (JCS), and the proof options.")
                                           .arg(suite));
    }
    m_contexts->setRowCount(int(form->contexts.size()));
    for (int row = 0; row < form->contexts.size(); ++row) {
        const CanonicalForm::ContextUse &use = form->contexts.at(row);
        m_contexts->setItem(row, 0, new QTableWidgetItem(DisplayText::escape(use.url, 300)));
        m_contexts->setItem(row, 1, new QTableWidgetItem(CanonicalForm::originName(use.origin)));
    }
    m_document->setPlainText(shownCanonical(form->document));
    m_proofOptions->setPlainText(shownCanonical(form->proofOptions));
}

void CanonicalFormView::clear()
{
    m_note->clear();
    m_contexts->setRowCount(0);
    m_document->clear();
    m_proofOptions->clear();
}

QString CanonicalFormView::noteText() const
{
    return m_note->text();
}

} // namespace vcdesk
