#include "core/verify/DataIntegritySigner.h"

#include "core/codec/Multibase.h"
#include "core/verify/DataIntegrityCheck.h"
#include "core/verify/DataIntegritySuite.h"

namespace vcdesk {

QString DataIntegritySigner::rdfcSuiteFor(KeyType type)
{
    switch (type) {
    case KeyType::Ed25519:
        return QStringLiteral("eddsa-rdfc-2022");
    case KeyType::P256:
    case KeyType::P384:
        return QStringLiteral("ecdsa-rdfc-2019");
    case KeyType::Secp256k1:
        return {};
    }
    return {};
}

Result<QJsonObject> DataIntegritySigner::proof(const QJsonObject &document, QJsonObject options,
                                               const PrivateKey &key, const DocumentLoader &loader)
{
    options.remove(QStringLiteral("proofValue"));
    const DataIntegritySuite *suite = DataIntegritySuite::of(options);
    if (!suite)
        return Error{QStringLiteral("di.suite"),
                     tr("vcdesk cannot sign with the proof suite %1")
                         .arg(options.value(QStringLiteral("cryptosuite")).toString().left(60))};
    if (auto fits = suite->acceptsKey(key.type()); !fits)
        return fits.error();
    auto data = DataIntegrityCheck::hashData(*suite, key.type(), document, options, loader);
    if (!data)
        return data.error();
    auto signature = key.sign(data.value());
    if (!signature)
        return signature.error();
    options.insert(QStringLiteral("proofValue"),
                   QString::fromLatin1(Multibase::encodeBase58Btc(signature.value())));
    return options;
}

Result<QJsonObject> DataIntegritySigner::signEddsaJcs2022(const QJsonObject &document,
                                                          QJsonObject proofOptions,
                                                          const PrivateKey &key)
{
    proofOptions.insert(QStringLiteral("type"), QStringLiteral("DataIntegrityProof"));
    proofOptions.insert(QStringLiteral("cryptosuite"), QStringLiteral("eddsa-jcs-2022"));
    auto made = proof(document, proofOptions, key);
    if (!made)
        return made.error();
    QJsonObject secured = document;
    secured.insert(QStringLiteral("proof"), made.value());
    return secured;
}

} // namespace vcdesk
