/**
 * Makes the self-signed certificate the service serves HTTPS with when it was given none, so
 * that phones on a LAN get a secure context (camera and microphone) after a one-time browser
 * exception. ECDSA P-256 with SHA-256: small, fast, and accepted by every current browser.
 */
import { createPrivateKey } from 'node:crypto';
import { isIP } from 'node:net';
import {
  BasicConstraintsExtension,
  ExtendedKeyUsage,
  ExtendedKeyUsageExtension,
  type JsonGeneralName,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
  X509CertificateGenerator,
} from '@peculiar/x509';

/** A PEM certificate and its PEM (PKCS #8) private key. */
export interface CertificateAndKey {
  readonly cert: string;
  readonly key: string;
}

/** How long a new certificate is valid: about a year, well under the 398 days browsers accept. */
export const SELF_SIGNED_VALIDITY_MS = 365 * 24 * 60 * 60 * 1000;

/** Starts this long before its creation, so a phone whose clock is a little behind accepts it. */
const CLOCK_SKEW_MS = 60 * 60 * 1000;

/** WebCrypto as the DOM types describe it, which is what @peculiar/x509 takes. */
const webcrypto: Crypto = globalThis.crypto;

const KEY_ALGORITHM: EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGNING_ALGORITHM: EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };
const SUBJECT = 'CN=chime-elements local meeting service';

/** The names a self-signed certificate covers: the public address, then this machine's loopback names. */
export function selfSignedHosts(publicAddress?: string): string[] {
  const hosts = ['localhost', '127.0.0.1', '::1'];
  const own = publicAddress?.toLowerCase();
  return own === undefined || hosts.includes(own) ? hosts : [own, ...hosts];
}

export interface SelfSignedCertificateOptions {
  /** Host names and IP addresses for its subjectAltName. */
  readonly hosts: readonly string[];
  /** Start of validity; an hour before now by default. */
  readonly notBefore?: Date;
  /** End of validity; {@link SELF_SIGNED_VALIDITY_MS} after now by default. */
  readonly notAfter?: Date;
}

/**
 * A new key pair and a self-signed end-entity certificate for it: not a CA, key usage
 * digitalSignature, extended key usage serverAuth, a random serial number (Firefox refuses two
 * certificates with one issuer and serial) and the hosts as DNS names or IP addresses.
 */
export async function createSelfSignedCertificate(
  options: SelfSignedCertificateOptions,
): Promise<CertificateAndKey> {
  const now = Date.now();
  const keys = await webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
  const certificate = await X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: randomSerialNumber(),
      name: SUBJECT,
      notBefore: options.notBefore ?? new Date(now - CLOCK_SKEW_MS),
      notAfter: options.notAfter ?? new Date(now + SELF_SIGNED_VALIDITY_MS),
      signingAlgorithm: SIGNING_ALGORITHM,
      keys,
      extensions: [
        new BasicConstraintsExtension(false, undefined, true),
        new KeyUsagesExtension(KeyUsageFlags.digitalSignature, true),
        new ExtendedKeyUsageExtension([ExtendedKeyUsage.serverAuth]),
        new SubjectAlternativeNameExtension(options.hosts.map(generalName)),
        await SubjectKeyIdentifierExtension.create(keys.publicKey, false, webcrypto),
      ],
    },
    webcrypto,
  );
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  const key = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
  return { cert: certificate.toString('pem'), key: String(key.export({ type: 'pkcs8', format: 'pem' })) };
}

function generalName(host: string): JsonGeneralName {
  return isIP(host) === 0 ? { type: 'dns', value: host } : { type: 'ip', value: host };
}

/** 16 random bytes as hex, the first bit cleared so the DER integer stays positive. */
function randomSerialNumber(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] &= 0x7f;
  return Buffer.from(bytes).toString('hex');
}
