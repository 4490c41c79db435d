// RFC 3161 time-stamp requests and replies through PKI.js (no hand-written DER): build the
// TimeStampReq for a SHA-256, read the TimeStampResp an authority sends back, and verify a token
// offline against a certificate chain. Plain JavaScript (JSDoc-typed) so `npm run verify` runs it
// in Node without a build, like domain/bundle/verify.mjs; it runs in the extension alike.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const SHA256_OID = '2.16.840.1.101.3.4.2.1';
const TIME_STAMPING_EKU = '1.3.6.1.5.5.7.3.8';
const PEM_CERT = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/g;

// PKI.js picks its engine from globalThis.crypto when loaded; set it again in case another copy won the race.
pkijs.setEngine('webcrypto', new pkijs.CryptoEngine({ name: 'webcrypto', crypto: globalThis.crypto }));

/**
 * @typedef {{ genTime: string, imprintSha256: string, serial: string, policy: string, nonce: string | null }} TokenInfo
 * @typedef {{
 *   ok: boolean, genTime: string | null, imprintSha256: string | null, signer: string, chainTop: string,
 *   problem: string | null,
 * }} TokenCheck
 */

/** @param {Uint8Array | ArrayBuffer} bytes */
const hexOf = (bytes) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** @param {string} hex */
function bytesOfHex(hex) {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/**
 * The DER TimeStampReq for a SHA-256 (hex), asking for the authority's certificate in the reply.
 * @param {string} sha256 lowercase hex
 * @param {Uint8Array} nonce a few random bytes, echoed in the reply
 * @returns {Uint8Array}
 */
export function buildTimestampRequest(sha256, nonce) {
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256_OID }),
      hashedMessage: new asn1js.OctetString({ valueHex: bytesOfHex(sha256) }),
    }),
    nonce: new asn1js.Integer({ valueHex: Uint8Array.from([0x01, ...nonce]) }),
    certReq: true,
  });
  return new Uint8Array(request.toSchema().toBER(false));
}

/** @param {Uint8Array} der */
function parseReply(der) {
  const asn = asn1js.fromBER(Uint8Array.from(der));
  if (asn.offset === -1) throw new Error('The reply is not DER.');
  const reply = new pkijs.TimeStampResp({ schema: asn.result });
  const status = reply.status.status;
  if (status !== 0 && status !== 1) {
    const text = reply.status.statusStrings?.map((s) => s.valueBlock.value).join('; ') ?? '';
    throw new Error(`The authority refused the request (status ${status}${text ? `: ${text}` : ''}).`);
  }
  if (!reply.timeStampToken) throw new Error('The reply holds no token.');
  const signed = new pkijs.SignedData({ schema: reply.timeStampToken.content });
  const eContent = signed.encapContentInfo.eContent;
  if (!eContent) throw new Error('The token holds no TSTInfo.');
  const tstInfo = pkijs.TSTInfo.fromBER(eContent.getValue());
  return { signed, tstInfo };
}

/**
 * What a reply says, after checking it is a granted token for the expected hash (and nonce).
 * @param {Uint8Array} der TimeStampResp
 * @param {string} [expectedSha256]
 * @param {Uint8Array} [nonce]
 * @returns {TokenInfo}
 */
export function readTimestampReply(der, expectedSha256, nonce) {
  const { tstInfo } = parseReply(der);
  const imprint = tstInfo.messageImprint;
  if (imprint.hashAlgorithm.algorithmId !== SHA256_OID) throw new Error('The token is not over a SHA-256.');
  const imprintSha256 = hexOf(imprint.hashedMessage.valueBlock.valueHexView);
  if (expectedSha256 !== undefined && imprintSha256 !== expectedSha256)
    throw new Error('The token is for another hash than the one sent.');
  const got = tstInfo.nonce ? hexOf(tstInfo.nonce.valueBlock.valueHexView) : null;
  if (nonce && got !== hexOf(Uint8Array.from([0x01, ...nonce])))
    throw new Error('The reply does not answer this request (nonce).');
  return {
    genTime: tstInfo.genTime.toISOString(),
    imprintSha256,
    serial: hexOf(tstInfo.serialNumber.valueBlock.valueHexView),
    policy: tstInfo.policy,
    nonce: got,
  };
}

/** @param {pkijs.Certificate} cert */
const subjectOf = (cert) =>
  cert.subject.typesAndValues
    .map((tv) => `${tv.type === '2.5.4.3' ? 'CN' : tv.type}=${tv.value.valueBlock.value}`)
    .join(', ');

/**
 * The certificates a reply carries, as PEM text (the authority's chain, for the bundle).
 * @param {Uint8Array} der
 * @returns {string}
 */
export function certificatesPem(der) {
  const { signed } = parseReply(der);
  return (signed.certificates ?? [])
    .filter((c) => c instanceof pkijs.Certificate)
    .map((c) => {
      const b64 = btoa(String.fromCharCode(...new Uint8Array(c.toSchema().toBER(false))));
      return `-----BEGIN CERTIFICATE-----\n${b64.replace(/.{1,64}/g, '$&\n')}-----END CERTIFICATE-----\n`;
    })
    .join('');
}

/** @param {string} pem */
function parsePem(pem) {
  return [...pem.matchAll(PEM_CERT)].map((m) => {
    const bin = atob((m[1] ?? '').replace(/\s+/g, ''));
    return pkijs.Certificate.fromBER(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)));
  });
}

/**
 * Checks a token offline: the imprint is the SHA-256 of `data`, the CMS signature verifies with the
 * signer certificate from `chainPem`, that certificate is for time stamping, and each certificate
 * of the chain is signed by the next one it names. Trust in the chain's top is the reader's call.
 * @param {Uint8Array} der TimeStampResp (.tsr)
 * @param {Uint8Array} data the bytes the token should be over
 * @param {string} chainPem
 * @returns {Promise<TokenCheck>}
 */
export async function verifyTimestampToken(der, data, chainPem) {
  /** @type {TokenCheck} */
  const check = { ok: false, genTime: null, imprintSha256: null, signer: '', chainTop: '', problem: null };
  try {
    const { signed, tstInfo } = parseReply(der);
    check.genTime = tstInfo.genTime.toISOString();
    check.imprintSha256 = hexOf(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView);
    const digest = hexOf(await crypto.subtle.digest('SHA-256', Uint8Array.from(data)));
    if (check.imprintSha256 !== digest) return { ...check, problem: 'imprint-mismatch' };
    const chain = parsePem(chainPem);
    if (chain.length === 0) return { ...check, problem: 'no-chain' };
    signed.certificates = chain;
    const result = await signed.verify({ signer: 0, data: Uint8Array.from(data).buffer, extendedMode: true });
    const signer = result.signerCertificate;
    if (!result.signatureVerified || !signer) return { ...check, problem: 'bad-signature' };
    check.signer = subjectOf(signer);
    const eku = signer.extensions?.find((e) => e.extnID === '2.5.29.37')?.parsedValue;
    if (!eku?.keyPurposes?.includes(TIME_STAMPING_EKU)) return { ...check, problem: 'not-a-tsa-certificate' };
    check.chainTop = await walkChain(signer, chain);
    return { ...check, ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...check, problem: /signature|verif/i.test(message) ? 'bad-signature' : `unreadable: ${message}` };
  }
}

/**
 * Follows issuer names up the chain, checking each signature; returns the top certificate's subject.
 * @param {pkijs.Certificate} leaf
 * @param {pkijs.Certificate[]} chain
 */
async function walkChain(leaf, chain) {
  let cert = leaf;
  for (let depth = 0; depth < chain.length; depth++) {
    const issuer = chain.find((c) => c.subject.isEqual(cert.issuer));
    if (!issuer) return cert.issuer.typesAndValues.map((tv) => tv.value.valueBlock.value).join(', ');
    if (!(await cert.verify(issuer))) throw new Error(`The certificate of ${subjectOf(cert)} fails verification.`);
    if (issuer === cert) return subjectOf(cert);
    cert = issuer;
  }
  return subjectOf(cert);
}
