// Console ▸ Decision events through its widgets: the seed's example event (its placeholder
// hash is malformed: said per item and in the checks), an event whose hashes are real (one
// matches, one was altered, a nested one, a hidden one), a decision that contradicts its proof,
// hostile text shown as text, input that is not an event, a file opened through the button,
// and the credential handed to the inspector.

#include "core/verify/MandateHashCheck.h"
#include "models/MandateDataModel.h"
#include "support/TestData.h"
#include "ui/DecisionEventPage.h"
#include "ui/FileDialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

namespace {

QJsonObject item(const QString &label, const QJsonValue &value, const QString &hash = {})
{
    QJsonObject o{{"label", label}, {"type", "string"}, {"value", value}};
    if (!hash.isNull())
        o.insert("hash", hash);
    return o;
}

QString eventText(const QJsonArray &data, const QString &action = "accept",
                  const QString &proofAction = "accept")
{
    QJsonObject event = test::readJson("seeds/decision-event.json");
    QJsonObject credential = event.value("credential").toObject();
    QJsonObject subject = credential.value("credentialSubject").toObject();
    subject.insert("data", data);
    credential.insert("credentialSubject", subject);
    QJsonObject proof = credential.value("proof").toObject();
    proof.insert("actionType", proofAction);
    credential.insert("proof", proof);
    event.insert("credential", credential);
    event.insert("action", action);
    return QString::fromUtf8(QJsonDocument(event).toJson());
}

QString text(QWidget *page, const char *name)
{
    return page->findChild<QLabel *>(QLatin1String(name))->text();
}

} // namespace

class TestDecisionEventPage : public QObject
{
    Q_OBJECT

private slots:
    void theSeedExampleSaysItsHashIsMalformed()
    {
        DecisionEventPage page;
        page.show();
        page.setText(QString::fromUtf8(test::readData("seeds/decision-event.json")));
        QVERIFY(text(&page, "decisionSummary").startsWith("Accepted by +1234567890"));
        QVERIFY(text(&page, "decisionSummary").contains("68c42ec3e47c9a7f9241e0ba"));
        const QString checks = text(&page, "decisionChecks");
        QVERIFY2(checks.contains("failed") && checks.contains("malformed"), qPrintable(checks));
        MandateDataModel *model = page.mandateData();
        QCOMPARE(model->rowCount(), 1);
        const QString hash = model->index(0, MandateDataModel::HashColumn).data().toString();
        QVERIFY2(hash.startsWith("✗") && hash.contains("malformed"), qPrintable(hash));
        QCOMPARE(model->matchingCount(), 0);
        QVERIFY(page.findChild<QPushButton *>("inspectDecision")->isEnabled());
    }

    void eachHashIsCheckedNestedAndHiddenToo()
    {
        DecisionEventPage page;
        QJsonObject parent = item("Address", QJsonObject{{"city", "Lyon"}},
                                  MandateHashCheck::hashOf(QJsonObject{{"city", "Lyon"}}));
        parent.insert("fields", QJsonArray{item("City", "Lyon", MandateHashCheck::hashOf("Lyon"))});
        QJsonObject hidden = item("Tax id", "FR-123", MandateHashCheck::hashOf("FR-123"));
        hidden.insert("hidden", true);
        page.setText(eventText(QJsonArray{
            item("Agreement", "I agree", MandateHashCheck::hashOf("I agree")),
            item("Amount", "1000 EUR", MandateHashCheck::hashOf("10 EUR")), // altered value
            parent, hidden, item("Note", "no hash here")}));
        MandateDataModel *model = page.mandateData();
        QCOMPARE(model->rowCount(), 6);
        const auto hashText = [&](int row) {
            return model->index(row, MandateDataModel::HashColumn).data().toString();
        };
        QCOMPARE(hashText(0), QStringLiteral("✓ Matches"));
        QVERIFY2(hashText(1).contains("does not match"), qPrintable(hashText(1)));
        QCOMPARE(hashText(2), QStringLiteral("✓ Matches"));
        QCOMPARE(model->rowAt(3).depth, 1); // City, under Address
        QCOMPARE(hashText(3), QStringLiteral("✓ Matches"));
        QCOMPARE(model->index(4, MandateDataModel::ValueColumn).data().toString(),
                 QStringLiteral("(hidden)"));
        QCOMPARE(hashText(4), QStringLiteral("✓ Matches")); // checked though not shown
        QCOMPARE(hashText(5), QStringLiteral("No hash"));
        QCOMPARE(model->hashedCount(), 5);
        QCOMPARE(model->matchingCount(), 4);
        QVERIFY(text(&page, "decisionChecks").contains("does not match"));
    }

    void aDecisionThatContradictsItsProofIsSaid()
    {
        DecisionEventPage page;
        page.setText(
            eventText({item("A", "a", MandateHashCheck::hashOf("a"))}, "reject", "accept"));
        QVERIFY(text(&page, "decisionSummary").startsWith("Rejected"));
        QVERIFY2(text(&page, "decisionChecks").contains("failed"),
                 qPrintable(text(&page, "decisionChecks")));
    }

    void hostileTextIsShownAsText()
    {
        DecisionEventPage page;
        page.setText(eventText(
            {item("<b>bold</b>\x1b[31m", "<img src=x>\u202eevil", MandateHashCheck::hashOf("x"))}));
        MandateDataModel *model = page.mandateData();
        const QString label = model->index(0, MandateDataModel::LabelColumn).data().toString();
        const QString value = model->index(0, MandateDataModel::ValueColumn).data().toString();
        QVERIFY(!label.contains(QChar(0x1b)));
        QVERIFY(!value.contains(QChar(0x202e)));
        auto *summary = page.findChild<QLabel *>("decisionSummary");
        QCOMPARE(summary->textFormat(), Qt::PlainText);
        // Deep nesting stops at the cap instead of growing without end.
        QJsonObject deep = item("leaf", "x");
        for (int i = 0; i < 12; ++i) {
            QJsonObject up = item(QStringLiteral("level %1").arg(i), "x");
            up.insert("fields", QJsonArray{deep});
            deep = up;
        }
        page.setText(eventText({deep}));
        QCOMPARE(model->rowCount(), MandateDataModel::kMaxDepth);
        QVERIFY(model->isTruncated());
    }

    void notAnEventIsSaidAndNothingIsShown()
    {
        DecisionEventPage page;
        auto *inspect = page.findChild<QPushButton *>("inspectDecision");
        page.setText("{\"eventType\": ");
        QVERIFY(text(&page, "decisionSummary").startsWith("This is not JSON"));
        QVERIFY(!inspect->isEnabled());
        page.setText("{\"eventType\": \"presentation\", \"credential\": {}}");
        QVERIFY(text(&page, "decisionSummary").contains("not a credential decision event"));
        QCOMPARE(page.mandateData()->rowCount(), 0);
        QVERIFY(!inspect->isEnabled());
        page.setText(QString(DecisionEventPage::kMaxBytes + 10, 'x'));
        QVERIFY(text(&page, "decisionSummary").contains("larger"));
    }

    void aFileOpensThroughTheButtonAndTheCredentialGoesToTheInspector()
    {
        QTemporaryDir dir;
        const QString path =
            test::writeFile(dir.path(), "event.json", test::readData("seeds/decision-event.json"));
        DecisionEventPage page;
        page.show();
        QSignalSpy busy(&page, &DecisionEventPage::busy);
        FileDialog::setNextOpenFileName(path);
        QTest::mouseClick(page.findChild<QPushButton *>("openDecision"), Qt::LeftButton);
        QCOMPARE(busy.size(), 1);
        QTRY_VERIFY(text(&page, "decisionSummary").startsWith("Accepted"));
        QSignalSpy inspect(&page, &DecisionEventPage::inspectRequested);
        QTest::mouseClick(page.findChild<QPushButton *>("inspectDecision"), Qt::LeftButton);
        QCOMPARE(inspect.size(), 1);
        QVERIFY(inspect.first().first().toString().contains("\"eventType\""));

        // A file that cannot be read is a sentence.
        FileDialog::setNextOpenFileName(dir.filePath("missing.json"));
        QTest::mouseClick(page.findChild<QPushButton *>("openDecision"), Qt::LeftButton);
        QTRY_VERIFY(text(&page, "decisionSummary").contains("cannot be read"));
    }
};

QTEST_MAIN(TestDecisionEventPage)
#include "tst_decision_event_page.moc"
