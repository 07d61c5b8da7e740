/**
 * The `tls` option of the meeting service: a given PEM certificate and key, or `'self-signed'`
 * for one the service makes (and keeps in its data directory). Resolved to what node:https needs.
 */
import type { Log } from '../log.ts';
import { type SelfSignedTls, selfSignedTls } from './kept-certificate.ts';

/** A PEM certificate and private key to serve, or `'self-signed'` to have the service make them. */
export type TlsOption = { cert: string | Buffer; key: string | Buffer } | 'self-signed';

/**
 * The certificate and key to serve HTTPS with. A self-signed certificate's SHA-256 fingerprint
 * is logged (never its key), so people can compare it with what their phone's browser shows.
 */
export async function resolveTls(
  option: TlsOption,
  context: { readonly dataDir?: string; readonly publicAddress?: string; readonly log: Log },
): Promise<{ cert: string | Buffer; key: string | Buffer }> {
  if (option !== 'self-signed') return option;
  const tls = await selfSignedTls(context);
  context.log(
    `tls: self-signed certificate ${provenance(tls, context.dataDir)}; SHA-256 fingerprint ${tls.fingerprint256}`,
  );
  return { cert: tls.cert, key: tls.key };
}

function provenance(tls: SelfSignedTls, dataDir: string | undefined): string {
  if (dataDir === undefined) return 'made for this run (no data directory)';
  if (tls.origin === 'kept') return `reused from ${dataDir}`;
  const replaced = tls.replacedBecause === undefined ? '' : ` (the one there ${tls.replacedBecause})`;
  return `made and kept in ${dataDir}${replaced}`;
}
