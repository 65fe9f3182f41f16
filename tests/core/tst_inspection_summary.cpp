// InspectionSummary: the short account every view shows. Here, that it names whom a
// credential is about: every subject, never only the first.

#include "core/verify/InspectionSummary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace vcdesk;

namespace {

/// The Subject line of `inspection`'s summary, if it has one.
std::optional<InspectionSummary::Line> subjectLine(const Inspection &inspection)
{
    for (const InspectionSummary::Line &line : InspectionSummary::of(inspection))
        if (line.field == InspectionSummary::Field::Subject)
            return line;
    return std::nullopt;
}

Inspection credentialAbout(const QJsonValue &credentialSubject, const QString &subject)
{
    Inspection inspection;
    inspection.format = QStringLiteral("ldp_vc");
    inspection.types = {QStringLiteral("VerifiableCredential")};
    inspection.claims = credentialSubject;
    inspection.subject = subject;
    return inspection;
}

QJsonArray subjectsNumbered(int count)
{
    QJsonArray subjects;
    for (int i = 0; i < count; ++i)
        subjects.append(QJsonObject{{"id", QStringLiteral("did:example:%1").arg(i)}});
    return subjects;
}

} // namespace

class TestInspectionSummary : public QObject
{
    Q_OBJECT
private slots:
    void oneSubjectIsNamedAlone()
    {
        const auto line = subjectLine(credentialAbout(
            QJsonObject{{"id", "did:example:alice"}, {"name", "Alice"}}, "did:example:alice"));
        QVERIFY(line);
        QCOMPARE(line->label, QStringLiteral("Subject"));
        QCOMPARE(line->value, QStringLiteral("did:example:alice"));
        QVERIFY(line->note.isEmpty());
    }

    void everySubjectIsNamedOnce()
    {
        // The parser's subject is the first id; a second entry for alice is not a new subject.
        QJsonArray subjects = subjectsNumbered(3);
        subjects.append(QJsonObject{{"id", "did:example:0"}, {"degree", "BSc"}});
        const auto line = subjectLine(credentialAbout(subjects, "did:example:0"));
        QVERIFY(line);
        QCOMPARE(line->label, QStringLiteral("Subjects"));
        QCOMPARE(line->value, QStringLiteral("did:example:0, did:example:1, did:example:2"));
        QCOMPARE(line->note, QStringLiteral("3 subjects"));
        QCOMPARE(InspectionSummary::subjects(credentialAbout(subjects, "did:example:0"), 2),
                 (QStringList{"did:example:0", "did:example:1"}));
    }

    void aJwtSubjectComesFirst()
    {
        // A JWT-VC's sub names the holder even when the subjects carry no id of their own.
        const auto line = subjectLine(credentialAbout(
            QJsonArray{QJsonObject{{"name", "A"}}, "did:example:b"}, "did:example:sub"));
        QVERIFY(line);
        QCOMPARE(line->value, QStringLiteral("did:example:sub, did:example:b"));
    }

    void aLongListIsCut()
    {
        const auto line = subjectLine(credentialAbout(subjectsNumbered(500), "did:example:0"));
        QVERIFY(line);
        QVERIFY2(line->value.startsWith("did:example:0, did:example:1, "), qPrintable(line->value));
        QVERIFY2(line->value.endsWith("did:example:9, …"), qPrintable(line->value));
        QCOMPARE(line->value.count(','), int(InspectionSummary::kMaxSubjects));
        QCOMPARE(line->note, QStringLiteral("more than 10 subjects"));
        // Exactly the maximum is no cut.
        const auto ten = subjectLine(credentialAbout(subjectsNumbered(10), "did:example:0"));
        QVERIFY(!ten->value.contains(QStringLiteral("…")));
        QCOMPARE(ten->note, QStringLiteral("10 subjects"));
    }

    void anSdJwtNamesOnlyItsSub()
    {
        // Among an SD-JWT VC's claims, "id" is a claim, not a subject.
        Inspection inspection = credentialAbout(
            QJsonObject{{"id", "employee-4711"}, {"given_name", "Erika"}}, "did:example:erika");
        inspection.format = QStringLiteral("dc+sd-jwt");
        const auto line = subjectLine(inspection);
        QVERIFY(line);
        QCOMPARE(line->value, QStringLiteral("did:example:erika"));
        inspection.subject.clear();
        QVERIFY(!subjectLine(inspection));
    }

    void noSubjectNoLine()
    {
        QVERIFY(!subjectLine(credentialAbout(QJsonObject{{"name", "Nobody"}}, QString())));
        Inspection plain;
        plain.format = QStringLiteral("jws");
        QVERIFY(!subjectLine(plain));
    }
};

QTEST_GUILESS_MAIN(TestInspectionSummary)
#include "tst_inspection_summary.moc"
