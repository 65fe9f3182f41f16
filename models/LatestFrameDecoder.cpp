#include "models/LatestFrameDecoder.h"

#include "core/common/Activity.h"
#include "core/oid4vp/AuthorizationRequestUri.h"
#include "models/QrImageReader.h"

namespace vcdesk {

/// What one decode saw: the first accepted text, if any, and the texts refused.
struct LatestFrameDecoder::Outcome
{
    QString accepted;
    QStringList refused;
};

namespace {

/// Distinct refused texts remembered per round; codes beyond these are not reported (a
/// camera pointed at a wall of codes must not grow a list without end).
constexpr qsizetype kMaxRefused = 64;

} // namespace

LatestFrameDecoder::LatestFrameDecoder(QObject *parent)
    : LatestFrameDecoder(
          [](const QString &text) { return bool(AuthorizationRequestUri::parse(text)); }, parent)
{
}

LatestFrameDecoder::LatestFrameDecoder(Accept accept, QObject *parent)
    : QObject(parent)
    , m_accept(std::move(accept))
{
}

// The running activity is a child: deleting it cancels it and drops its result.
LatestFrameDecoder::~LatestFrameDecoder() = default;

QImage LatestFrameDecoder::prepared(const QImage &frame)
{
    if (frame.width() <= kMaxSide && frame.height() <= kMaxSide)
        return frame;
    // Smooth, so thin modules average to grey instead of vanishing between samples.
    return frame.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

bool LatestFrameDecoder::wantsFrame() const
{
    return !m_found && !m_running;
}

void LatestFrameDecoder::offer(const QImage &frame)
{
    if (m_found || frame.isNull())
        return;
    if (m_running) {
        if (!m_waiting.isNull())
            ++m_dropped;
        m_waiting = frame;
        return;
    }
    decode(frame);
}

void LatestFrameDecoder::reset()
{
    ++m_round; // a decode running now reports to a round that is over
    if (!m_waiting.isNull())
        ++m_dropped;
    m_waiting = {};
    m_refused.clear();
    m_found = false;
}

void LatestFrameDecoder::decode(const QImage &frame)
{
    auto *activity = new Activity<Outcome>(this);
    m_running = activity;
    const quint64 round = m_round;
    connect(activity, &ActivityBase::finished, this, [this, activity, round] {
        activity->deleteLater();
        m_running = nullptr;
        ++m_decoded;
        const Result<Outcome> result = activity->result();
        if (round == m_round && result) {
            const QPointer<LatestFrameDecoder> alive(this); // a slot may delete the decoder
            report(result.value());
            if (!alive)
                return;
        }
        if (!m_found && !m_waiting.isNull())
            decode(std::exchange(m_waiting, QImage()));
    });
    // Copies only: the work must not reach this object from the worker thread.
    activity->start([frame, accept = m_accept](const ActivityBase::Context &) -> Result<Outcome> {
        Outcome outcome;
        const auto texts = QrImageReader::read(prepared(frame));
        if (!texts)
            return outcome; // no code in this frame: the next one may have it
        for (const QString &text : texts.value()) {
            if (accept(text)) {
                outcome.accepted = text;
                break;
            }
            outcome.refused << text;
        }
        return outcome;
    });
}

void LatestFrameDecoder::report(const Outcome &outcome)
{
    const QPointer<LatestFrameDecoder> alive(this); // a slot may delete the decoder
    for (const QString &text : outcome.refused) {
        if (m_refused.contains(text) || m_refused.size() >= kMaxRefused)
            continue;
        m_refused.insert(text);
        emit notARequest(text);
        if (!alive)
            return;
    }
    if (outcome.accepted.isEmpty())
        return;
    m_found = true;
    if (!m_waiting.isNull())
        ++m_dropped;
    m_waiting = {};
    emit found(outcome.accepted);
}

} // namespace vcdesk
