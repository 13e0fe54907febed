/**
 * Which pages may drive the creator. An allow-list of origin patterns is fixed at build time
 * (VITE_EMBED_ALLOWED_ORIGINS); a URL parameter may narrow it, never widen it. A pattern is
 * `scheme://host[:port]` where the port may be `*` (any port) and the host may start with `*.` (any subdomain);
 * a bare `*` is never a pattern.
 */
export const DEFAULT_ALLOWED_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'] as const;

interface OriginParts {
  scheme: string;
  host: string;
  /** "" for the scheme's default port, "*" for any. */
  port: string;
}

const PATTERN = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(\*|\d{1,5}))?$/;
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };

function parts(pattern: string): OriginParts | null {
  const match = PATTERN.exec(pattern.trim().toLowerCase());
  if (!match) return null;
  const [, scheme, wildcard, host, port] = match as unknown as [string, string, string | undefined, string, string | undefined];
  return { scheme, host: `${wildcard ?? ''}${host}`, port: port === DEFAULT_PORTS[scheme] ? '' : (port ?? '') };
}

export function isOriginPattern(pattern: string): boolean {
  return parts(pattern) !== null;
}

/** Whether a pattern admits everything another pattern (or concrete origin) admits. */
function covers(broad: OriginParts, narrow: OriginParts): boolean {
  if (broad.scheme !== narrow.scheme) return false;
  if (broad.port !== '*' && broad.port !== narrow.port) return false;
  return broad.host.startsWith('*.') ? narrow.host.endsWith(broad.host.slice(1)) : broad.host === narrow.host;
}

/** Whether an origin ("http://localhost:5173", as `MessageEvent.origin` gives it) is on the list. */
export function originAllowed(origin: string, patterns: readonly string[]): boolean {
  const concrete = origin.includes('*') ? null : parts(origin);
  return concrete !== null && patterns.some((pattern) => {
    const broad = parts(pattern);
    return broad !== null && covers(broad, concrete);
  });
}

/** Splits a comma-separated list, reporting and dropping what is not an origin pattern. */
export function parseOriginList(text: string, report: (message: string) => void): string[] {
  const entries = text.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries.filter((e) => !isOriginPattern(e))) report(`"${entry}" is not an origin pattern like https://example.com or http://localhost:*; it is ignored`);
  return entries.filter(isOriginPattern);
}

/**
 * The origins that may drive the creator: the build's list (loopback by default), narrowed by the page's
 * `allowedOrigins` parameter when it has one. An entry of the parameter that the build's list does not cover is
 * dropped, so a parameter can only ever take origins away.
 */
export function effectiveAllowedOrigins(built: string | undefined, narrowing: string | null, report: (message: string) => void): string[] {
  const base = built?.trim() ? parseOriginList(built, report) : [...DEFAULT_ALLOWED_ORIGINS];
  if (narrowing === null) return base;
  return parseOriginList(narrowing, report).filter((entry) => {
    const narrow = parts(entry)!;
    const covered = base.some((pattern) => covers(parts(pattern)!, narrow));
    if (!covered) report(`allowedOrigins: "${entry}" is not allowed by this deployment, so it is ignored (the parameter can only narrow the list)`);
    return covered;
  });
}
