#include "models/OperatorPinGate.h"

#include "core/common/Activity.h"
#include "core/common/Clock.h"
#include "core/kiosk/KioskPin.h"

namespace vcdesk {

OperatorPinGate::OperatorPinGate(QString pinHash, QObject *parent)
    : QObject(parent)
    , m_hash(std::move(pinHash))
{
}

int OperatorPinGate::secondsLocked() const
{
    if (!m_lockedUntil.isValid())
        return 0;
    const qint64 left = Clock::now().msecsTo(m_lockedUntil);
    return left > 0 ? int((left + 999) / 1000) : 0;
}

void OperatorPinGate::attempt(const QString &pin)
{
    if (m_checking)
        return;
    if (const int locked = secondsLocked(); locked > 0) {
        emit refused(tr("Too many wrong PINs. Try again in %n second(s).", nullptr, locked));
        return;
    }
    if (m_hash.isEmpty()) {
        emit opened();
        return;
    }
    auto *check = new Activity<bool>(this);
    m_checking = check;
    connect(check, &ActivityBase::finished, this, [this, check] {
        check->deleteLater();
        const auto matched = check->result();
        if (!matched) {
            emit refused(matched.error().message);
            return;
        }
        if (matched.value()) {
            m_failures = 0;
            emit opened();
            return;
        }
        if (++m_failures >= kMaxFailures) {
            m_failures = 0;
            m_lockedUntil = Clock::now().addSecs(kLockSeconds);
            emit refused(
                tr("Wrong PIN. The prompt is locked for %n second(s).", nullptr, kLockSeconds));
            return;
        }
        emit refused(tr("Wrong PIN. %n attempt(s) left.", nullptr, kMaxFailures - m_failures));
    });
    check->start([hash = m_hash, pin](const ActivityBase::Context &) {
        return KioskPin::matches(hash, pin);
    });
}

} // namespace vcdesk
