// BoundedRead: reads to the end, never more than one byte past the cap, and never sets aside
// the whole cap for a small file (what made a batch of small files spend its time in munmap).

#include "core/common/BoundedRead.h"

#include <QBuffer>
#include <QTemporaryFile>
#include <QTest>

using namespace vcdesk;

namespace {

/// A pipe-like device: sequential, a few bytes per read, so a reader must keep asking.
class TricklingDevice : public QIODevice
{
public:
    explicit TricklingDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *into, qint64 max) override
    {
        const qint64 n = std::min<qint64>({max, 7, m_data.size() - m_at});
        if (n <= 0)
            return -1; // end
        memcpy(into, m_data.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_at = 0;
};

QByteArray bytes(qsizetype n)
{
    QByteArray data(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        data[i] = char('a' + i % 26);
    return data;
}

} // namespace

class TestBoundedRead : public QObject
{
    Q_OBJECT

private slots:
    void aSmallFileIsReadWholeWithoutSettingAsideTheCap()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(bytes(100));
        file.seek(0);
        const QByteArray read = BoundedRead::upTo(file, 16 * 1024 * 1024);
        QCOMPARE(read, bytes(100));
        QVERIFY2(read.capacity() < 4096, qPrintable(QString::number(read.capacity())));
    }

    void theCapItselfIsNotOverIt()
    {
        QBuffer buffer;
        buffer.setData(bytes(1000));
        buffer.open(QIODevice::ReadOnly);
        QCOMPARE(BoundedRead::upTo(buffer, 1000).size(), 1000);
    }

    void overTheCapStopsOneBytePast()
    {
        QBuffer buffer;
        buffer.setData(bytes(3 * BoundedRead::kChunkBytes));
        buffer.open(QIODevice::ReadOnly);
        const QByteArray read = BoundedRead::upTo(buffer, 1000);
        QCOMPARE(read.size(), 1001);
        QCOMPARE(read, bytes(1001));
    }

    void aPipeIsReadToItsEndInSmallPieces()
    {
        TricklingDevice pipe(bytes(100000));
        QCOMPARE(BoundedRead::upTo(pipe, 200000), bytes(100000));
        TricklingDevice longPipe(bytes(100000));
        QCOMPARE(BoundedRead::upTo(longPipe, 500).size(), 501);
    }

    void anEmptyOrClosedDeviceGivesNothing()
    {
        QBuffer empty;
        empty.open(QIODevice::ReadOnly);
        QVERIFY(BoundedRead::upTo(empty, 10).isEmpty());
        QBuffer closed;
        QVERIFY(BoundedRead::upTo(closed, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBoundedRead)
#include "tst_bounded_read.moc"
