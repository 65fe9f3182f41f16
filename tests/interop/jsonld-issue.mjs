// Issues JSON-LD credentials with the digitalbazaar stack (@digitalbazaar/vc, Data Integrity),
// one per case, and writes each to OUT_DIR/<case>.json. The subject is SUBJECT_DID.
// usage: node jsonld-issue.mjs SUBJECT_DID OUT_DIR
import { writeFileSync } from 'node:fs';
import { documentLoader, newSigner, signingSuite, vc } from './jsonld-common.mjs';

const [subject, outDir] = process.argv.slice(2);

const v2 = (issuer) => ({
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
    id: 'urn:uuid:0b6d9a4e-1f57-4d5e-9a0b-3d8a1d6b1c01',
    type: ['VerifiableCredential', 'ExampleDegreeCredential'],
    issuer,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { id: subject, degree: { type: 'ExampleBachelorDegree', name: 'Bachelor of Science and Arts' } },
});

const v1 = (issuer) => ({
    // examples/v1 imports ODRL, which vcdesk does not carry yet; examples/v2 has the same @vocab.
    '@context': ['https://www.w3.org/2018/credentials/v1', 'https://www.w3.org/ns/credentials/examples/v2'],
    id: 'http://example.edu/credentials/1872',
    type: ['VerifiableCredential', 'AlumniCredential'],
    issuer,
    issuanceDate: '2025-01-01T00:00:00Z',
    credentialSubject: { id: subject, alumniOf: 'Example University' },
});

const cases = [
    ['v2-eddsa-rdfc-2022', 'eddsa-rdfc-2022', v2],
    ['v2-ecdsa-rdfc-2019', 'ecdsa-rdfc-2019', v2],
    ['v1-eddsa-rdfc-2022', 'eddsa-rdfc-2022', v1],
    ['v2-eddsa-jcs-2022', 'eddsa-jcs-2022', v2],
    ['v2-ecdsa-jcs-2019', 'ecdsa-jcs-2019', v2],
    ['v1-ed25519-signature-2020', 'Ed25519Signature2020', v1],
    ['v2-ecdsa-rdfc-2019-p384', 'ecdsa-rdfc-2019', v2, 'P-384'],
    ['v2-ecdsa-jcs-2019-p384', 'ecdsa-jcs-2019', v2, 'P-384'],
];
const issued = {};
for (const [name, suite, make, curve] of cases) {
    const signer = await newSigner(suite, curve);
    const credential = make(signer.key.controller);
    const signed = await vc.issue({ credential, suite: signingSuite(signer), documentLoader });
    writeFileSync(`${outDir}/${name}.json`, JSON.stringify(signed, null, 2));
    issued[name] = signer.key.controller;
}
console.log(JSON.stringify(issued));
