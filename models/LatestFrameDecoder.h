#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

namespace vcdesk {

class ActivityBase;

/// Reads QR codes from a stream of camera frames without ever making the GUI wait: the
/// newest frame is decoded (QrImageReader) on a worker thread, one frame at a time, and the
/// first code whose text is accepted (by default: an OpenID4VP request that
/// AuthorizationRequestUri::parse takes) is reported once by found(); decoding then stops
/// until reset(). A code that is read but not accepted is reported by notARequest(), once per
/// distinct text, so a window can say "this QR code is not a presentation request".
///
/// Threading: offer(), reset(), the counters and every signal belong to the thread that owns
/// the decoder (the GUI thread). offer() only stores the frame and returns; the decoding and
/// the `accept` predicate run on a worker thread of ActivityBase::pool(). While a frame is
/// decoded, one more waits; a newer frame replaces the waiting one (the replaced one is
/// dropped() and never decoded), so a camera at 30 frames a second costs one decode at a time
/// and the result is at most one decode behind. Frames wider or taller than kMaxSide are
/// scaled down on the worker first. Destroying the decoder during a decode does not wait: the
/// decode ends on its own and its result is thrown away.
class LatestFrameDecoder : public QObject
{
    Q_OBJECT
public:
    /// Whether a code's text is what the caller looks for. Runs on the worker thread: it must
    /// not touch objects of the caller's thread (a pure function of the text is best).
    using Accept = std::function<bool(const QString &text)>;

    /// Frames larger than this on either side are scaled down to it before decoding (a
    /// 1,920 x 1,080 frame becomes 1,280 x 720): decoding costs about the pixel count, and a
    /// code a person holds up to a camera stays far above the size ZXing needs. Measured on
    /// noisy grey frames (most camera frames hold no code, the costly case: ZXing searches
    /// hard, then again inverted): 1080p without a code 36 ms a frame as it is, 17 ms scaled;
    /// 4K 146 ms, 22 ms (15 of them the scaling); 720p is not scaled (13-16 ms).
    static constexpr int kMaxSide = 1280;

    /// Accepts presentation requests (AuthorizationRequestUri::parse).
    explicit LatestFrameDecoder(QObject *parent = nullptr);
    LatestFrameDecoder(Accept accept, QObject *parent = nullptr);
    ~LatestFrameDecoder() override;

    /// A new frame (any QImage format). Returns at once; ignored after found() until reset().
    void offer(const QImage &frame);
    /// False when the next frame would not be decoded soon: a decode is running (a frame
    /// would only wait), or a code was found. A caller whose frames cost something to make
    /// (a camera frame converted to a QImage) converts only when this is true.
    bool wantsFrame() const;
    /// Forgets the code found and the texts refused, drops a waiting frame, and decodes
    /// again. The result of a decode running now is thrown away.
    void reset();

    bool isDecoding() const { return !m_running.isNull(); }
    bool hasFound() const { return m_found; }
    /// Frames decoded, and frames replaced or discarded before they were decoded.
    int decoded() const { return m_decoded; }
    int dropped() const { return m_dropped; }

    /// The frame as it is decoded: scaled to fit kMaxSide, if larger (used on the worker).
    static QImage prepared(const QImage &frame);

signals:
    /// The first accepted text; once until reset().
    void found(const QString &text);
    /// A code with text that is not accepted; once per distinct text until reset().
    void notARequest(const QString &text);

private:
    struct Outcome;
    void decode(const QImage &frame);
    void report(const Outcome &outcome);

    Accept m_accept;
    QPointer<ActivityBase> m_running;
    QImage m_waiting;
    QSet<QString> m_refused;
    quint64 m_round = 0;
    bool m_found = false;
    int m_decoded = 0;
    int m_dropped = 0;
};

} // namespace vcdesk
