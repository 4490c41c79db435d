// The time-stamping authorities a user can choose, and what a choice allows the worker to contact.
// URLs as each authority publishes them for RFC 3161 clients (DigiCert's answers on plain HTTP only).

export type AuthorityId = 'digicert' | 'sectigo' | 'freetsa' | 'custom';

export interface TimestampAuthority {
  id: AuthorityId;
  /** Shown to the user and written into the bundle. */
  name: string;
  url: string;
}

export const PRESET_AUTHORITIES: readonly TimestampAuthority[] = [
  { id: 'digicert', name: 'DigiCert', url: 'http://timestamp.digicert.com' },
  { id: 'sectigo', name: 'Sectigo', url: 'https://timestamp.sectigo.com' },
  { id: 'freetsa', name: 'FreeTSA', url: 'https://freetsa.org/tsr' },
];

/** The timestamp settings of this installation (storage/settings.ts keeps them). */
export interface TimestampSettings {
  enabled: boolean;
  authority: AuthorityId;
  /** Used when `authority` is 'custom'. */
  customUrl: string;
}

export const TIMESTAMPS_OFF: TimestampSettings = { enabled: false, authority: 'freetsa', customUrl: '' };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The authority a custom URL names, or null when it is not one Proofpack will send to: HTTPS, or
 * plain HTTP only on this machine (a local authority), with no credentials in it.
 */
export function customAuthority(url: string): TimestampAuthority | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const secure = parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname));
  if (!secure || parsed.username || parsed.password || parsed.hash) return null;
  return { id: 'custom', name: parsed.host, url: parsed.href };
}

/** The authority the settings choose, or null when timestamps are off or the custom URL is unusable. */
export function chosenAuthority(settings: TimestampSettings): TimestampAuthority | null {
  if (!settings.enabled) return null;
  if (settings.authority === 'custom') return customAuthority(settings.customUrl);
  return PRESET_AUTHORITIES.find((a) => a.id === settings.authority) ?? null;
}

/** The host-permission pattern that covers exactly the authority's origin (asked for when turning on). */
export function originPattern(authority: TimestampAuthority): string {
  const { protocol, hostname } = new URL(authority.url);
  return `${protocol}//${hostname}/*`;
}
