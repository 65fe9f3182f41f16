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
    bundled('https://www.w3.org/ns/credentials/examples/v2', 'credentials-examples-v2.jsonld'),
]);

/** A did:key's document, made from the DID itself (Ed25519 z6Mk…, P-256 zDna…), as Multikey. */
function didKeyDocument(did) {
    const multibase = did.slice('did:key:'.length);
    const method = { id: `${did}#${multibase}`, type: 'Multikey', controller: did, publicKeyMultibase: multibase };
    return {
        '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
        id: did,
        verificationMethod: [method],
        assertionMethod: [method.id],
        authentication: [method.id],
    };
}

/** Offline: contexts it carries and did:key documents; any other URL is an error, never a fetch. */
export async function documentLoader(url) {
    const [base, fragment] = url.split('#');
    let document = documents.get(url);
    if (document === undefined && base.startsWith('did:key:')) {
        const did = didKeyDocument(base);
        document = fragment === undefined ? did : { '@context': did['@context'][1], ...did.verificationMethod[0] };
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

// The cryptosuites, by name: the key each needs, and the suite for signing and for verifying.
const suites = {
    'eddsa-rdfc-2022': { newKey: () => Ed25519Multikey.generate(), Multikey: Ed25519Multikey, sign: eddsaRdfc2022 },
    'ecdsa-rdfc-2019': { newKey: () => EcdsaMultikey.generate({ curve: 'P-256' }), Multikey: EcdsaMultikey, sign: ecdsaRdfc2019 },
    'eddsa-jcs-2022': {
        newKey: () => Ed25519Multikey.generate(),
        Multikey: Ed25519Multikey,
        sign: eddsaJcs2022.createSignCryptosuite(),
        verify: eddsaJcs2022.createVerifyCryptosuite(),
    },
    'ecdsa-jcs-2019': {
        newKey: () => EcdsaMultikey.generate({ curve: 'P-256' }),
        Multikey: EcdsaMultikey,
        sign: ecdsaJcs2019.createSignCryptosuite(),
        verify: ecdsaJcs2019.createVerifyCryptosuite(),
    },
};

function suiteNamed(cryptosuite) {
    const suite = suites[cryptosuite];
    if (suite === undefined) throw new Error(`unknown cryptosuite ${cryptosuite}`);
    return suite;
}

/** A signer for the cryptosuite, with a fresh key whose controller is its did:key. */
export async function newSigner(cryptosuite) {
    const suite = suiteNamed(cryptosuite);
    return { key: await asDidKey(await suite.newKey(), suite.Multikey), suite: suite.sign };
}

export function signingSuite({ key, suite }) {
    return new DataIntegrityProof({ signer: key.signer(), cryptosuite: suite });
}

export function verifyingSuite(cryptosuite) {
    const suite = suiteNamed(cryptosuite);
    return new DataIntegrityProof({ cryptosuite: suite.verify ?? suite.sign });
}
