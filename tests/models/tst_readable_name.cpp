// Machine names as a person reads them.

#include "models/ReadableName.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace vcdesk;

class TestReadableName : public QObject
{
    Q_OBJECT
private slots:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("readable");
        QTest::newRow("PascalCase") << "UniversityDegreeCredential"
                                    << "University Degree Credential";
        QTest::newRow("camelCase") << "emailCredential"
                                   << "Email Credential";
        QTest::newRow("acronym") << "PIDCredential"
                                 << "PID Credential";
        QTest::newRow("snake") << "given_name"
                               << "Given name";
        QTest::newRow("vct URL") << "https://credentials.example.com/identity_credential"
                                 << "Identity credential";
        QTest::newRow("urn") << "urn:eu.europa.ec.eudi:pid:1"
                             << "Pid";
        QTest::newRow("spaces stay") << "Library card"
                                     << "Library card";
        QTest::newRow("empty") << ""
                               << "";
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, readable);
        QCOMPARE(ReadableName::of(name), readable);
    }

    void claimPathsByTheirLastName()
    {
        QCOMPARE(ReadableName::ofPath("vc.credentialSubject.given_name"), "Given name");
        QCOMPARE(ReadableName::ofPath("address.street[0]"), "Street");
        QCOMPARE(ReadableName::ofPath("nationalities[0][1]"), "Nationalities");
        QCOMPARE(ReadableName::ofPath("email"), "Email");
        QCOMPARE(ReadableName::ofPath("[0]"), "[0]"); // nothing to name it by: as it is
    }

    void claimValuesOnOneLine()
    {
        QCOMPARE(ReadableName::ofValue(QJsonValue("Alice")), "Alice");
        QCOMPARE(ReadableName::ofValue(QJsonArray{"VerifiableCredential", "Membership"}),
                 "VerifiableCredential, Membership");
        QCOMPARE(ReadableName::ofValue(QJsonArray{1, QJsonObject{{"a", 1}}}), "[1,{\"a\":1}]");
        QCOMPARE(ReadableName::ofValue(QJsonObject{{"city", "Bern"}}), "{\"city\":\"Bern\"}");
        QCOMPARE(ReadableName::ofValue(QJsonValue(42)), "42");
        QCOMPARE(ReadableName::ofValue(QJsonValue(true)), "true");
    }
};

QTEST_GUILESS_MAIN(TestReadableName)
#include "tst_readable_name.moc"
