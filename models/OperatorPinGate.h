#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace vcdesk {

class ActivityBase;

/// Guards the kiosk's way out: the operator's PIN is checked against its Argon2id hash off
/// the GUI thread; after kMaxFailures wrong PINs in a row the gate stays shut for
/// kLockSeconds, whatever is typed. With no hash configured the gate opens on any attempt
/// (noPinConfigured() says so, for the prompt to tell the operator).
class OperatorPinGate : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxFailures = 3;
    static constexpr int kLockSeconds = 60;

    explicit OperatorPinGate(QString pinHash, QObject *parent = nullptr);

    bool noPinConfigured() const { return m_hash.isEmpty(); }
    bool isChecking() const { return !m_checking.isNull(); }
    /// Seconds the gate stays shut (0 when open to attempts).
    int secondsLocked() const;
    void attempt(const QString &pin);

signals:
    void opened();
    /// A sentence: wrong PIN (with the tries left), locked, or the hash is unusable.
    void refused(const QString &message);

private:
    QString m_hash;
    int m_failures = 0;
    QDateTime m_lockedUntil;
    QPointer<ActivityBase> m_checking;
};

} // namespace vcdesk
