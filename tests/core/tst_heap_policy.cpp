// HeapPolicy: the heap settings every vcdesk program starts with take effect (glibc only).

#include "core/common/HeapPolicy.h"

#include <QTest>

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#if __GLIBC_PREREQ(2, 33)
#define VCDESK_HAS_MALLINFO2 1
#endif
#endif

using namespace vcdesk;

class TestHeapPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#if !defined(VCDESK_HAS_MALLINFO2)
        QSKIP("HeapPolicy only tunes glibc's allocator (2.33 or later for mallinfo2)");
#elif defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer replaces glibc's allocator");
#endif
        // A sanitizer or a preloaded allocator answers mallopt() itself and refuses these.
        if (!HeapPolicy::apply())
            QSKIP("the allocator is not glibc's own");
    }

#if defined(VCDESK_HAS_MALLINFO2)
    // With glibc's defaults a block over 128 KiB gets a mapping of its own (until a freed
    // one raises that threshold), unmapped again on free.
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

    // What a batch frees stays in the heap for the next one (up to 8 MiB), instead of being
    // given back and faulted in again page by page.
    void freedMemoryIsKeptForReuse()
    {
        void *block = std::malloc(6 * 1024 * 1024);
        QVERIFY(block);
        std::memset(block, 1, 6 * 1024 * 1024);
        std::free(block);
        QVERIFY2(mallinfo2().fordblks >= 6 * 1024 * 1024,
                 qPrintable(QString::number(mallinfo2().fordblks)));
    }
#endif
};

QTEST_APPLESS_MAIN(TestHeapPolicy)
#include "tst_heap_policy.moc"
