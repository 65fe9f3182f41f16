// Issues credentials to a vcdesk holder with libraries other people wrote: a JWT-VC with
// did-jwt-vc and an SD-JWT VC with @sd-jwt/core, both signed by a fresh did:jwk issuer.
// usage: node issue.mjs HOLDER_DID_JWK OUT_DIR   (writes jwt-vc.jwt, pid.sd-jwt, issuer.json)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SDJwtInstance } from '@sd-jwt/core';
import { ES256Signer } from 'did-jwt';
import { createVerifiableCredentialJwt } from 'did-jwt-vc';
import { didJwk, es256Sign, jwkOfDidJwk, newP256, saltGenerator, sdJwtHasher } from './common.mjs';

const [holderDid, outDir] = process.argv.slice(2);
if (!holderDid?.startsWith('did:jwk:') || !outDir) {
  console.error('usage: node issue.mjs HOLDER_DID_JWK OUT_DIR');
  process.exit(64);
}
const issuer = await newP256();
const issuerDid = didJwk(issuer.publicJwk);
const now = Math.floor(Date.now() / 1000);

const vcJwt = await createVerifiableCredentialJwt(
  {
    sub: holderDid,
    nbf: now - 60,
    exp: now + 365 * 86400,
    vc: {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: ['VerifiableCredential', 'MembershipCredential'],
      credentialSubject: { name: 'Alice Example', memberSince: '2021-04-01' },
    },
  },
  { did: issuerDid, signer: ES256Signer(Buffer.from(issuer.privateJwk.d, 'base64url')), alg: 'ES256' },
  { header: { kid: `${issuerDid}#0` } },
);
writeFileSync(join(outDir, 'jwt-vc.jwt'), vcJwt);

const sdjwt = new SDJwtInstance({
  hasher: sdJwtHasher,
  hashAlg: 'sha-256',
  saltGenerator,
  signer: (data) => es256Sign(issuer.privateJwk, data),
  signAlg: 'ES256',
});
const pid = await sdjwt.issue(
  {
    iss: issuerDid,
    iat: now - 60,
    exp: now + 365 * 86400,
    vct: 'urn:eu.europa.ec.eudi:pid:1',
    cnf: { jwk: jwkOfDidJwk(holderDid) },
    given_name: 'Erika',
    family_name: 'Mustermann',
    email: 'erika@example.com',
    birthdate: '1984-01-26',
    address: { street_address: 'Heidestrasse 17', locality: 'Köln', country: 'DE' },
  },
  { _sd: ['given_name', 'family_name', 'email', 'birthdate', 'address'], address: { _sd: ['street_address', 'locality'] } },
  { header: { typ: 'dc+sd-jwt', kid: `${issuerDid}#0` } },
);
writeFileSync(join(outDir, 'pid.sd-jwt'), pid);
writeFileSync(join(outDir, 'issuer.json'), JSON.stringify({ did: issuerDid, publicJwk: issuer.publicJwk }));
console.log(JSON.stringify({ issuer: issuerDid }));
