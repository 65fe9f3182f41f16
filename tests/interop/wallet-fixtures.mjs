// The parties of the wallet interop cases, each a fresh P-256 did:jwk made here: the issuer a
// definition names, an issuer only the agent's trust list names, an issuer nobody trusts, the
// holder and a thief. Writes OUT_DIR/keys.json (private keys, for the wallets) and
// OUT_DIR/trust-list.json (for vcdesk-agent --trust-list).
// usage: node wallet-fixtures.mjs OUT_DIR
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { didJwk, newP256 } from './common.mjs';

const [outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node wallet-fixtures.mjs OUT_DIR');
  process.exit(64);
}
const keys = {};
for (const name of ['issuer', 'listedIssuer', 'rogueIssuer', 'holder', 'thief']) {
  const { privateJwk, publicJwk } = await newP256();
  keys[name] = { privateJwk, publicJwk, did: didJwk(publicJwk) };
}
writeFileSync(join(outDir, 'keys.json'), JSON.stringify(keys, null, 1), { mode: 0o600 });
writeFileSync(join(outDir, 'trust-list.json'), JSON.stringify({
  issuers: [{ pattern: keys.listedIssuer.did, name: 'Interop test issuer (trust list)', added: '2026-01-01T00:00:00Z' }],
}, null, 1));
console.log(JSON.stringify(Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, v.did]))));
