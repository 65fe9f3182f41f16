// What the holder chooses on the consent screen, without widgets: required parts always go
// with their first valid candidate, optional parts only when switched on, a not-valid
// credential only when picked knowingly; whyNot() says what is missing in a sentence and
// selection() is exactly what was chosen.

#include "models/ConsentChoices.h"

#include <QSignalSpy>
#include <QtTest>

using namespace vcdesk;

namespace {

Consent::Candidate candidate(qint64 id, bool valid, const QString &claim = {})
{
    Consent::Candidate c;
    c.credentialId = id;
    c.title = QStringLiteral("Credential%1").arg(id);
    c.valid = valid;
    c.notValidReason = valid ? QString() : QStringLiteral("expired");
    if (!claim.isEmpty())
        c.disclosedClaims << qMakePair(QStringLiteral("name"), QJsonValue(claim));
    return c;
}

Consent::Part part(const QString &id, bool required, QList<Consent::Candidate> candidates)
{
    Consent::Part p;
    p.id = id;
    p.name = id;
    p.required = required;
    p.candidates = std::move(candidates);
    return p;
}

} // namespace

class TestConsentChoices : public QObject
{
    Q_OBJECT

private slots:
    void optionalClaimsGoOnlyWhenSwitchedOn()
    {
        Consent::Candidate pid = candidate(4, true, "Erika");
        pid.disclosedClaims << qMakePair(QStringLiteral("email"), QJsonValue("e@example.com"));
        pid.optionalClaims = QStringList{"email"};
        Consent::Candidate other = pid;
        other.credentialId = 5;
        Consent consent;
        consent.parts << part("pid", true, {pid, other});
        ConsentChoices choices;
        choices.reset(consent);
        QSignalSpy changed(&choices, &ConsentChoices::changed);
        // Off by default: kept back, not listed as leaving.
        QVERIFY(!choices.isClaimShared(0, 0, "email"));
        QVERIFY(choices.isClaimShared(0, 0, "name")); // required: always goes
        QCOMPARE(choices.withheld(), (PresentationBuilder::Withheld{{4, {"email"}}}));
        QCOMPARE(choices.leaving(), QStringList{"Name: Erika"});
        // A required claim cannot be switched off.
        QVERIFY(!choices.setClaimShared(0, 0, "name", false));
        QVERIFY(!choices.setClaimShared(0, 7, "email", true)); // no such candidate
        QCOMPARE(changed.count(), 0);

        QVERIFY(choices.setClaimShared(0, 0, "email", true));
        QCOMPARE(changed.count(), 1);
        QVERIFY(choices.withheld().isEmpty());
        QCOMPARE(choices.leaving(), (QStringList{"Name: Erika", "Email: e@example.com"}));
        // Per candidate: choosing the other credential keeps its own (default) choice.
        QVERIFY(choices.choose(0, 1));
        QCOMPARE(choices.withheld(), (PresentationBuilder::Withheld{{5, {"email"}}}));
        QVERIFY(choices.choose(0, 0));
        QVERIFY(choices.withheld().isEmpty());
    }

    void defaultsShareOnlyWhatIsRequired()
    {
        Consent consent;
        consent.parts << part("membership", true,
                              {candidate(7, false, "Old"), candidate(8, true, "Alice")})
                      << part("email", false, {candidate(9, true, "a@example.com")});
        ConsentChoices choices;
        QSignalSpy changed(&choices, &ConsentChoices::changed);
        choices.reset(consent);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(choices.partCount(), 2);
        QVERIFY(choices.isIncluded(0));
        QCOMPARE(choices.chosen(0), 1); // the first *valid* one, not the expired one
        QVERIFY(!choices.isIncluded(1));
        QVERIFY(choices.canShare());
        const PresentationBuilder::Selection selection = choices.selection();
        QCOMPARE(selection.size(), 1);
        QCOMPARE(selection.value("membership"), QList<qint64>{8});
        QCOMPARE(choices.leaving(), QStringList{"Name: Alice"});
    }

    void optionalPartsAndCandidatesAreTheHoldersChoice()
    {
        Consent consent;
        consent.parts << part("membership", true, {candidate(7, true), candidate(8, true)})
                      << part("email", false, {candidate(9, true, "a@example.com")});
        ConsentChoices choices;
        choices.reset(consent);
        QVERIFY(!choices.setIncluded(0, false)); // required: stays
        QVERIFY(choices.isIncluded(0));
        QVERIFY(choices.setIncluded(1, true));
        QCOMPARE(choices.chosen(1), 0);
        QVERIFY(choices.choose(0, 1));
        QVERIFY(!choices.choose(0, 2)); // no such candidate
        QVERIFY(!choices.choose(5, 0));
        PresentationBuilder::Selection selection = choices.selection();
        QCOMPARE(selection.value("membership"), QList<qint64>{8});
        QCOMPARE(selection.value("email"), QList<qint64>{9});
        QVERIFY(choices.leaving().contains("Name: a@example.com"));

        QVERIFY(choices.setIncluded(1, false)); // switched off again: it does not leave
        QVERIFY(!choices.selection().contains("email"));
    }

    void whyNotSaysWhatIsMissing()
    {
        Consent consent;
        consent.parts << part("membership", true, {candidate(7, false)});
        ConsentChoices choices;
        choices.reset(consent);
        QVERIFY(!choices.canShare()); // only a not-valid one: the person must pick it
        QCOMPARE(choices.whyNot(), QStringLiteral("Choose a credential for “membership”."));
        QVERIFY(choices.choose(0, 0));
        QVERIFY(choices.canShare());

        Consent none;
        none.parts << part("degree", true, {});
        choices.reset(none);
        QCOMPARE(choices.whyNot(), QStringLiteral("Nothing in your wallet fits “degree”."));
        QVERIFY(choices.selection().isEmpty());

        Consent optionalOnly;
        optionalOnly.parts << part("email", false, {candidate(9, true)});
        choices.reset(optionalOnly);
        QCOMPARE(choices.whyNot(), QStringLiteral("Nothing is chosen to share."));
        choices.setIncluded(0, true);
        QVERIFY(choices.canShare());

        choices.reset({});
        QCOMPARE(choices.partCount(), 0);
        QVERIFY(!choices.canShare());
        QVERIFY(!choices.setIncluded(0, true));
    }

    void aWholeCredentialSaysSo()
    {
        Consent consent;
        Consent::Candidate whole = candidate(3, true);
        whole.revealsWholeCredential = true;
        consent.parts << part("membership", true, {whole});
        ConsentChoices choices;
        choices.reset(consent);
        QCOMPARE(choices.leaving(), QStringList{"Credential3 (the whole credential)"});
    }
};

QTEST_GUILESS_MAIN(TestConsentChoices)
#include "tst_consent_choices.moc"
