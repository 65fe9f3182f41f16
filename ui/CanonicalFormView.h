#pragma once

#include "core/verify/CanonicalForm.h"

#include <QWidget>

#include <optional>

class QPlainTextEdit;
class QTableWidget;

namespace vcdesk {

class PlainLabel;

/// The inspector's "Signed form" tab for a Data Integrity credential: the JSON-LD contexts
/// used, each with where it came from (carried by vcdesk, the cache, the network), and the
/// canonical document and proof options the signature covers (N-Quads, or JCS). Plain text
/// only: nothing from the credential is read as markup.
class CanonicalFormView : public QWidget
{
    Q_OBJECT
public:
    explicit CanonicalFormView(QWidget *parent = nullptr);

    void show(const std::optional<CanonicalForm> &form);
    void clear();

    QTableWidget *contexts() const { return m_contexts; }
    QPlainTextEdit *document() const { return m_document; }
    QPlainTextEdit *proofOptions() const { return m_proofOptions; }
    QString noteText() const;

private:
    PlainLabel *m_note = nullptr;
    QTableWidget *m_contexts = nullptr;
    QPlainTextEdit *m_document = nullptr;
    QPlainTextEdit *m_proofOptions = nullptr;
};

} // namespace vcdesk
