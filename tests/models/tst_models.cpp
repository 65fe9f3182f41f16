// Item models under QAbstractItemModelTester, and the inspection controller's threading.

#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/CredentialInspector.h"
#include "models/CheckListModel.h"
#include "models/InspectionController.h"
#include "models/JsonTreeModel.h"
#include "support/TokenFactory.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace vcdesk;

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void jsonTreeModel()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject json{{"a", 1},
                               {"b", QJsonArray{true, "x", QJsonObject{{"c", QJsonValue::Null}}}},
                               {"d", "text"}};
        model.setJson(json);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex b = model.index(1, 0);
        QCOMPARE(b.data().toString(), QStringLiteral("b"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("[3 item(s)]"));
        QCOMPARE(model.rowCount(b), 3);
        const QModelIndex nested = model.index(2, 0, b);
        QCOMPARE(model.index(0, 1, nested).data().toString(), QStringLiteral("null"));
        QCOMPARE(model.parent(nested), b);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("1"));
        model.setJson(QJsonObject{{"exp", 1893456000}});
        QCOMPARE(model.index(0, 1).data().toString(),
                 QStringLiteral("1893456000 (2030-01-01T00:00:00Z)"));
        // Untrusted keys and values: escaped on screen, never taken for rich text (issue 11,
        // item 9), and a time that is no usable date is shown as the number it is.
        model.setJson(
            QJsonObject{{"<b>k</b>\nVerdict", "x\x1b[8m<img src=\"http://x/\">"}, {"exp", 1e300}});
        const QString key = model.index(0, 0).data().toString();
        QVERIFY(!key.contains('\n'));
        QVERIFY(key.contains("\\u000a"));
        const QString value = model.index(0, 1).data().toString();
        QVERIFY(!value.contains(QChar(0x1b)));
        const QString tip = model.index(0, 1).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.startsWith("<qt>"));
        QVERIFY(!tip.contains("<img"));
        QVERIFY(tip.contains("&lt;img"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("1e+300"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        // Deep input is cut off rather than recursed into without bound.
        QJsonValue deep = QJsonArray{1};
        for (int i = 0; i < 100; ++i)
            deep = QJsonArray{deep};
        model.setJson(deep);
        QModelIndex index;
        int depth = 0;
        while (model.rowCount(index) > 0) {
            index = model.index(0, 0, index);
            ++depth;
        }
        QVERIFY(depth <= 33);
    }

    void checkListModel()
    {
        CheckListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ValidationReport report;
        report.add("SignatureVerification", CheckResult::Outcome::Pass, "ok");
        report.add("ValidityPeriod", CheckResult::Outcome::Fail, "expired");
        model.setReport(report);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, CheckListModel::ResultColumn).data().toString(),
                 QStringLiteral("Fail"));
        QCOMPARE(model.index(1, CheckListModel::DetailColumn).data().toString(),
                 QStringLiteral("expired"));
        QCOMPARE(model.index(0, 0).data(CheckListModel::OutcomeRole).toInt(),
                 int(CheckResult::Outcome::Pass));
        QVERIFY(model.index(1, CheckListModel::ResultColumn).data(Qt::ForegroundRole).isValid());
        report.add("TrustRegistryMembership", CheckResult::Outcome::Fail,
                   "the issuer <a href=\"x\">My Bank</a>\n[PASS] is not on your list");
        model.setReport(report);
        const QModelIndex detail = model.index(2, CheckListModel::DetailColumn);
        QVERIFY(!detail.data().toString().contains('\n'));
        QVERIFY(detail.data(Qt::ToolTipRole).toString().startsWith("<qt>"));
        QVERIFY(!detail.data(Qt::ToolTipRole).toString().contains("<a href"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void controllerRunsOffTheGuiThread()
    {
        // A resolver that records which thread it runs on.
        struct ThreadRecorder : DidResolver
        {
            std::shared_ptr<DidResolver> inner = MultiMethodDidResolver::createDefault();
            QThread *thread = nullptr;
            Result<DidDocument> resolve(const DidUrl &did) override
            {
                thread = QThread::currentThread();
                return inner->resolve(did);
            }
        };
        auto recorder = std::make_shared<ThreadRecorder>();
        InspectionController controller(recorder);
        QSignalSpy inspected(&controller, &InspectionController::inspected);
        QSignalSpy failed(&controller, &InspectionController::failed);
        QSignalSpy busy(&controller, &InspectionController::busyChanged);
        const auto issuer = test::Issuer::make(KeyType::Ed25519);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray token =
            test::sign(issuer.key, test::credentialClaims(issuer.did, now - 60, now + 3600));
        // Read directly, this plain JWT-VC's payload stays text until someone reads it...
        QVERIFY(!CredentialInspector::inspect(token, InspectOptions{})->payload.isBuilt());
        controller.inspect(token);
        QVERIFY(controller.isBusy());
        QTRY_COMPARE(inspected.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!controller.isBusy());
        QCOMPARE(busy.count(), 2);
        QVERIFY(recorder->thread != nullptr);
        QVERIFY(recorder->thread != QThread::currentThread());
        const auto inspection = inspected.first().first().value<Inspection>();
        QCOMPARE(inspection.report.verdict(), ValidationReport::Verdict::Valid);
        // ...but the controller builds it on its worker, so the page never parses on the GUI
        // thread.
        QVERIFY(inspection.payload.isBuilt());
        QCOMPARE(inspection.payload.object().value("iss").toString(), issuer.did);

        controller.inspect("not a token");
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains("jws.structure"));
    }

    void newestRequestWins()
    {
        InspectionController controller(MultiMethodDidResolver::createDefault());
        QSignalSpy inspected(&controller, &InspectionController::inspected);
        QSignalSpy failed(&controller, &InspectionController::failed);
        const auto issuer = test::Issuer::make(KeyType::P256);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        controller.inspect("garbage one");
        controller.inspect("garbage two");
        controller.inspect(
            test::sign(issuer.key, test::credentialClaims(issuer.did, now - 60, now + 3600)));
        QTRY_VERIFY(!controller.isBusy());
        // Only the last request is reported; the superseded ones are dropped.
        QCOMPARE(failed.count(), 0);
        QCOMPARE(inspected.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
