// The digitalbazaar JSON-LD stack as another party: Data Integrity keys as did:key, and an
// offline document loader that knows only the bundled contexts and the DIDs made here.
import { readFileSync } from 'node:fs';
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as eddsaJcs2022 from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import * as ecdsaJcs2019 from '@digitalbazaar/ecdsa-jcs-2019-cryptosuite';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import ed25519Signature2020Context from 'ed25519-signature-2020-context';
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';

export { vc };

// The examples contexts have no npm package: they are read from the copies vcdesk carries
// (resources/contexts), which are the files the W3C publishes.
const bundled = (url, file) => [url, JSON.parse(readFileSync(new URL(`../../resources/contexts/${file}`, import.meta.url)))];

const documents = new Map([
    ...credentialsContexts,
    ...dataIntegrityContext.contexts,
    ...multikeyContext.contexts,
    ...ed25519Signature2020Context.contexts,
    bundled('https://www.w3.org/ns/credentials/examples/v2', 'credentials-examples-v2.jsonld'),
]);

/** A DID document with one Multikey, for assertion and authentication. */
function multikeyDidDocument(did, id, publicKeyMultibase) {
    const method = { id, type: 'Multikey', controller: did, publicKeyMultibase };
    return {
        '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
        id: did,
        verificationMethod: [method],
        assertionMethod: [method.id],
        authentication: [method.id],
    };
}

/** A did:key's document, made from the DID itself (Ed25519 z6Mk…, P-256 zDna…, P-384 z82L…). */
function didKeyDocument(did) {
    const multibase = did.slice('did:key:'.length);
    return multikeyDidDocument(did, `${did}#${multibase}`, multibase);
}

/** A did:jwk's document (Ed25519 or P-256, key id #0), its key given as Multikey. */
async function didJwkDocument(did) {
    const jwk = JSON.parse(Buffer.from(did.slice('did:jwk:'.length), 'base64url').toString());
    const Multikey = jwk.crv === 'Ed25519' ? Ed25519Multikey : EcdsaMultikey;
    const key = await Multikey.fromJwk({ jwk, id: `${did}#0`, controller: did });
    const { publicKeyMultibase } = await key.export({ publicKey: true });
    return multikeyDidDocument(did, `${did}#0`, publicKeyMultibase);
}

/** Offline: contexts it carries, did:key and did:jwk documents; any other URL is an error,
 * never a fetch. */
export async function documentLoader(url) {
    const [base, fragment] = url.split('#');
    let document = documents.get(url);
    const didDocument = base.startsWith('did:key:') ? didKeyDocument(base)
        : base.startsWith('did:jwk:') ? await didJwkDocument(base) : undefined;
    if (document === undefined && didDocument !== undefined) {
        const method = didDocument.verificationMethod[0];
        if (fragment !== undefined && method.id !== url) throw new Error(`offline document loader: ${url} is not a key of ${base}`);
        document = fragment === undefined ? didDocument : { '@context': didDocument['@context'][1], ...method };
    }
    if (document === undefined) throw new Error(`offline document loader: ${url} is not known`);
    return { contextUrl: null, documentUrl: url, document };
}

/** A key pair whose controller is the did:key of its own public key. */
async function asDidKey(keyPair, Multikey) {
    const exported = await keyPair.export({ publicKey: true, secretKey: true, includeContext: true });
    const did = `did:key:${exported.publicKeyMultibase}`;
    return Multikey.from({ ...exported, controller: did, id: `${did}#${exported.publicKeyMultibase}` });
}

// The suites, by cryptosuite name (or proof type, for Ed25519Signature2020): the key each
// needs, and how to make the suite object that signs with it and the one that verifies.
const dataIntegrity = (sign, verify = sign) => ({
    signing: (key) => new DataIntegrityProof({ signer: key.signer(), cryptosuite: sign }),
    verifying: () => new DataIntegrityProof({ cryptosuite: verify }),
});
const ed25519 = { newKey: () => Ed25519Multikey.generate(), Multikey: Ed25519Multikey };
const p256 = { newKey: (curve = 'P-256') => EcdsaMultikey.generate({ curve }), Multikey: EcdsaMultikey };
const suites = {
    'eddsa-rdfc-2022': { ...ed25519, ...dataIntegrity(eddsaRdfc2022) },
    'ecdsa-rdfc-2019': { ...p256, ...dataIntegrity(ecdsaRdfc2019) },
    'eddsa-jcs-2022': {
        ...ed25519,
        ...dataIntegrity(eddsaJcs2022.createSignCryptosuite(), eddsaJcs2022.createVerifyCryptosuite()),
    },
    'ecdsa-jcs-2019': {
        ...p256,
        ...dataIntegrity(ecdsaJcs2019.createSignCryptosuite(), ecdsaJcs2019.createVerifyCryptosuite()),
    },
    Ed25519Signature2020: {
        ...ed25519,
        signing: (key) => new Ed25519Signature2020({ signer: key.signer() }),
        verifying: () => new Ed25519Signature2020(),
    },
};

function suiteNamed(name) {
    const suite = suites[name];
    if (suite === undefined) throw new Error(`unknown suite ${name}`);
    return suite;
}

/** A signer for the suite, with a fresh key whose controller is its did:key; `curve` picks
 * P-384 for the ECDSA suites. */
export async function newSigner(name, curve) {
    const suite = suiteNamed(name);
    return { key: await asDidKey(await suite.newKey(curve), suite.Multikey), name };
}

export function signingSuite({ key, name }) {
    return suiteNamed(name).signing(key);
}

/** The suite that verifies `proof`: by its cryptosuite, or by its type. */
export function verifyingSuite(proof) {
    return suiteNamed(proof?.cryptosuite ?? proof?.type).verifying();
}

/** Every suite that verifies, for a presentation whose proofs may be of several. */
export function allVerifyingSuites() {
    return Object.values(suites).map((suite) => suite.verifying());
}
