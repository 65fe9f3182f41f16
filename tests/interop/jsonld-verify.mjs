// Verifies a JSON-LD credential with the digitalbazaar stack (@digitalbazaar/vc, offline loader)
// and prints {"verified": bool, "msPerVerify": number, "error": string}. --proof-only checks the
// proof alone (jsonld-signatures, assertionMethod), as vcdesk's benchmark does, not the issuer.
// --iterations N verifies N times and reports the mean, for bench_rdf_canonicalization.
// usage: node jsonld-verify.mjs FILE [--proof-only] [--iterations N]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import jsigs from 'jsonld-signatures';
import { documentLoader, vc, verifyingSuite } from './jsonld-common.mjs';

const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'proof-only': { type: 'boolean' }, iterations: { type: 'string', default: '1' } },
});
const credential = JSON.parse(readFileSync(positionals[0], 'utf8'));
const iterations = Math.max(1, Number(values.iterations));
const suite = verifyingSuite(credential.proof);
const purpose = new jsigs.purposes.AssertionProofPurpose();

const verifyOnce = () =>
    values['proof-only']
        ? jsigs.verify(credential, { suite, purpose, documentLoader })
        : vc.verifyCredential({ credential, suite, documentLoader });
let result = await verifyOnce(); // also warms the caches, as vcdesk's benchmark does
const started = process.hrtime.bigint();
for (let i = 0; i < iterations; ++i) result = await verifyOnce();
const ms = Number(process.hrtime.bigint() - started) / 1e6 / iterations;
const error = result.verified ? '' : String(result.error?.errors?.[0]?.message ?? result.error?.message ?? 'not verified');
console.log(JSON.stringify({ verified: result.verified, msPerVerify: ms, error }));
