#pragma once

#include <QJsonObject>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace vcdesk {

class ClaimsEditor;
class ConnectionPicker;
class ValidityBox;

/// The Issuer agent page's "New offer" tab: an offer without schema (seed 001
/// offer-noschema): the connection, the author DID (the connection's issuer when listed), how
/// long it is valid, and the claims as JSON. Create is enabled only when all of it is usable.
class IssuerOfferForm : public QWidget
{
    Q_OBJECT
public:
    explicit IssuerOfferForm(QWidget *parent = nullptr);

    ConnectionPicker *connectionPicker() const { return m_connection; }
    ClaimsEditor *claimsEditor() const { return m_claims; }
    QLineEdit *authorEdit() const { return m_author; }
    QPushButton *createButton() const { return m_create; }

signals:
    void createRequested(const QString &connectionId, const QString &authorDid,
                         qint64 validitySeconds, const QJsonObject &claims);

private:
    void updateButton();

    ConnectionPicker *m_connection = nullptr;
    QLineEdit *m_author = nullptr;
    ValidityBox *m_validity = nullptr;
    ClaimsEditor *m_claims = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace vcdesk
