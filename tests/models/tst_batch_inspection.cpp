// The operator console's batch inspection, headless: hundreds of files (valid, tampered and
// not tokens at all, as an operator's folder holds them) verified off the GUI thread, rows in
// input order with the right counts, the table sortable worst first, hostile text escaped,
// and a cancel that ends a large batch with the rows so far (its latency is measured by
// bench_batch_gui, not asserted here).

#include "core/verify/InspectOptionsBuilder.h"
#include "models/BatchInspection.h"
#include "models/BatchResultModel.h"
#include "support/ReportHelpers.h"
#include "support/TestData.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class BatchInspectionTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    InspectOptions m_options;

    /// `count` files cycling through a valid credential, a tampered one and garbage.
    QStringList files(int count, const QString &prefix)
    {
        const QByteArray valid = test::readData("samples/email-credential.jwt");
        const QByteArray tampered = test::readData("samples/email-credential-tampered.jwt");
        const QByteArray garbage = "not a token \x1b[2J\xe2\x80\xae";
        QStringList out;
        for (int i = 0; i < count; ++i)
            out << test::writeFile(m_dir.path(), QStringLiteral("%1-%2.jwt").arg(prefix).arg(i),
                                   i % 3 == 0   ? valid
                                   : i % 3 == 1 ? tampered
                                                : garbage);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Signed 2024-01-01, expiring 2030-01-01 (tests/data/README.md): checked at a fixed time.
        auto options = InspectOptionsBuilder()
                           .offline(true)
                           .at(QDateTime::fromString("2025-01-01T00:00:00Z", Qt::ISODate))
                           .build();
        VCDESK_VERIFY_OK(options);
        m_options = options.value();
    }

    void aFolderIsInspectedInOrderWithItsCounts()
    {
        const QStringList inputs = files(300, "mixed");
        BatchInspection batch;
        BatchResultModel model(&batch);
        QSignalSpy progress(&batch, &BatchInspection::progressed);
        QSignalSpy finished(&batch, &BatchInspection::finished);
        batch.start(inputs, m_options);
        QVERIFY(batch.isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(progress.last().at(0).toInt(), 300);
        QCOMPARE(progress.last().at(1).toInt(), 300);

        QCOMPARE(batch.tally().valid, 100);
        QCOMPARE(batch.tally().invalid, 100);
        QCOMPARE(batch.tally().unreadable, 100);
        QCOMPARE(batch.tally().unverifiable, 0);
        QCOMPARE(batch.rows().size(), 300);
        for (int i = 0; i < 300; ++i)
            QCOMPARE(batch.rows().at(i).input, inputs.at(i));
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.data(model.index(0, BatchResultModel::Verdict)).toString(), "Valid");
        QVERIFY(model.data(model.index(1, BatchResultModel::Problem))
                    .toString()
                    .startsWith("SignatureVerification"));
        // Text from the file reaches the table escaped, never as control characters.
        const QString why = model.data(model.index(2, BatchResultModel::Problem)).toString();
        QVERIFY2(!why.isEmpty(), "an unreadable row says why");
        for (int row = 0; row < 3; ++row)
            for (int column = 0; column < BatchResultModel::ColumnCount; ++column) {
                const QString text = model.data(model.index(row, column)).toString();
                QVERIFY(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x202e)));
            }

        // Sorted worst first: the not-valid ones, then the unreadable, then the valid.
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(BatchResultModel::SortRole);
        sorted.sort(BatchResultModel::Verdict);
        QCOMPARE(sorted.data(sorted.index(0, BatchResultModel::Verdict)).toString(), "Not valid");
        QCOMPARE(sorted.data(sorted.index(150, BatchResultModel::Verdict)).toString(),
                 "Unreadable");
        QCOMPARE(sorted.data(sorted.index(299, BatchResultModel::Verdict)).toString(), "Valid");
        QCOMPARE(sorted.data(sorted.index(0, 0), BatchResultModel::PathRole).toString(),
                 inputs.at(1));

        // A new batch starts the table afresh.
        batch.start(inputs.mid(0, 3), m_options);
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 3);
    }

    void cancelEndsALargeBatchWithTheRowsSoFar()
    {
        const QStringList inputs = files(3000, "large");
        BatchInspection batch;
        QSignalSpy finished(&batch, &BatchInspection::finished);
        batch.start(inputs, m_options);
        QTRY_VERIFY(batch.rows().size() > 0);
        // On a stalled machine the whole batch may have ended during the wait above; then
        // there is nothing left to cancel, and that is not what this test measures.
        if (!finished.isEmpty())
            QSKIP("the batch ended before it could be cancelled");
        QElapsedTimer clock;
        clock.start();
        batch.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 5000);
        const qint64 ms = clock.elapsed();
        qInfo("cancel took %lld ms with %lld of 3000 rows in", ms, qint64(batch.rows().size()));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(batch.rows().size() < 3000);
        QCOMPARE(batch.tally().total(), int(batch.rows().size()));
        QVERIFY(!batch.isRunning());
    }

    void unreadableFilesAreRowsNotFailures()
    {
        BatchInspection batch;
        QSignalSpy finished(&batch, &BatchInspection::finished);
        batch.start({m_dir.filePath("does-not-exist.jwt"), m_dir.path()}, m_options);
        QVERIFY(finished.wait(10000));
        QCOMPARE(batch.tally().unreadable, 2);
        QVERIFY(!batch.rows().first().problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(BatchInspectionTest)
#include "tst_batch_inspection.moc"
