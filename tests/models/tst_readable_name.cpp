// Machine names as a person reads them.

#include "models/ReadableName.h"

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
};

QTEST_GUILESS_MAIN(TestReadableName)
#include "tst_readable_name.moc"
