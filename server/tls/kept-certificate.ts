/**
 * The self-signed certificate of a service with a data directory is kept there and reused on
 * restart, so the exception a phone's browser made for it keeps working. A new one is made when
 * the kept one is missing or unreadable, expires within a day, or does not cover the current
 * public address. The key file is written with mode 0600.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { writeFileAtomically } from '../fs/atomic-write.ts';
import {
  type CertificateAndKey,
  createSelfSignedCertificate,
  selfSignedHosts,
} from './self-signed-certificate.ts';

export const CERTIFICATE_FILE = 'tls-self-signed-cert.pem';
export const KEY_FILE = 'tls-self-signed-key.pem';

/** A kept certificate this close to its end is replaced. */
const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;

export interface SelfSignedTls extends CertificateAndKey {
  /** SHA-256 fingerprint of the certificate, colon-separated hex (as browsers show it). */
  readonly fingerprint256: string;
  /** Whether it came from the data directory or was made now. */
  readonly origin: 'kept' | 'new';
  /** Why the one kept in the data directory was replaced, e.g. `expires within a day`. */
  readonly replacedBecause?: string;
}

/**
 * The certificate and key to serve: the ones kept in `dataDir` when they are still good,
 * otherwise new ones (written there when `dataDir` is given).
 */
export async function selfSignedTls(options: {
  readonly dataDir?: string;
  readonly publicAddress?: string;
}): Promise<SelfSignedTls> {
  const hosts = selfSignedHosts(options.publicAddress);
  const { dataDir } = options;
  let replacedBecause: string | undefined;
  if (dataDir !== undefined) {
    const kept = readKept(dataDir);
    if (kept) {
      const problem = unusable(kept, hosts, Date.now());
      if (problem === undefined) return { ...kept, fingerprint256: fingerprintOf(kept.cert), origin: 'kept' };
      replacedBecause = problem;
    }
  }
  const made = await createSelfSignedCertificate({ hosts });
  if (dataDir !== undefined) keep(dataDir, made);
  return {
    ...made,
    fingerprint256: fingerprintOf(made.cert),
    origin: 'new',
    ...(replacedBecause === undefined ? {} : { replacedBecause }),
  };
}

function readKept(dataDir: string): CertificateAndKey | undefined {
  try {
    return {
      cert: readFileSync(join(dataDir, CERTIFICATE_FILE), 'utf8'),
      key: readFileSync(join(dataDir, KEY_FILE), 'utf8'),
    };
  } catch {
    return undefined;
  }
}

/** Why the kept pair cannot be served for these hosts now, or undefined when it can. */
function unusable(kept: CertificateAndKey, hosts: readonly string[], now: number): string | undefined {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(kept.cert);
    if (!certificate.checkPrivateKey(createPrivateKey(kept.key))) return 'does not match its key';
  } catch {
    return 'cannot be read';
  }
  if (Date.parse(certificate.validTo) - now < RENEW_BEFORE_MS) return 'expires within a day';
  if (Date.parse(certificate.validFrom) > now) return 'is not valid yet';
  const missing = hosts.find((host) =>
    isIP(host) === 0
      ? certificate.checkHost(host, { subject: 'never', wildcards: false }) === undefined
      : certificate.checkIP(host) === undefined,
  );
  return missing === undefined ? undefined : `does not cover ${missing}`;
}

/** Writes the key (mode 0600), then the certificate, each through a temporary file and a rename. */
function keep(dataDir: string, made: CertificateAndKey): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileAtomically(join(dataDir, KEY_FILE), made.key, { mode: 0o600 });
  writeFileAtomically(join(dataDir, CERTIFICATE_FILE), made.cert, { mode: 0o644 });
}

function fingerprintOf(pem: string): string {
  return new X509Certificate(pem).fingerprint256;
}
