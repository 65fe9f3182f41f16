// HeapPolicy: the heap settings every vcdesk program starts with take effect (glibc only).

#include "core/common/HeapPolicy.h"

#include <QTest>

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace vcdesk;

class TestHeapPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#if !defined(__GLIBC__)
        QSKIP("HeapPolicy only tunes glibc's allocator");
#elif defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer replaces glibc's allocator");
#endif
        HeapPolicy::apply();
    }

#if defined(__GLIBC__)
    // glibc's default gives a block over 128 KiB a mapping of its own (its dynamic threshold
    // only rises after such a block is freed, which this fresh process has not done), and
    // unmaps it on free: every camera frame would fault its pages in again.
    void aLargeBlockComesFromTheHeap()
    {
        const size_t mappedBefore = mallinfo2().hblks;
        void *block = std::malloc(4 * 1024 * 1024);
        QVERIFY(block);
        std::memset(block, 1, 4 * 1024 * 1024);
        QCOMPARE(mallinfo2().hblks, mappedBefore);
        std::free(block);
    }

    void aVeryLargeBlockStillHasAMappingOfItsOwn()
    {
        const size_t mappedBefore = mallinfo2().hblks;
        void *block = std::malloc(64 * 1024 * 1024);
        QVERIFY(block);
        QCOMPARE(mallinfo2().hblks, mappedBefore + 1);
        std::free(block);
        QCOMPARE(mallinfo2().hblks, mappedBefore);
    }

    // What a batch frees stays in the heap for the next one (below 32 MiB), instead of being
    // given back and faulted in again page by page.
    void freedMemoryIsKeptForReuse()
    {
        void *block = std::malloc(8 * 1024 * 1024);
        QVERIFY(block);
        std::memset(block, 1, 8 * 1024 * 1024);
        std::free(block);
        QVERIFY2(mallinfo2().fordblks >= 8 * 1024 * 1024,
                 qPrintable(QString::number(mallinfo2().fordblks)));
    }
#endif
};

QTEST_APPLESS_MAIN(TestHeapPolicy)
#include "tst_heap_policy.moc"
