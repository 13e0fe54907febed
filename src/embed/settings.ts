/**
 * The embed protocol's settings, decided once at start-up from the page URL, the build's allow-list and what the
 * browser says about the page that embeds us.
 */
import { effectiveAllowedOrigins, originAllowed } from './origins';
import type { FrameApiMode } from './wire';

/** Who the creator posts its events to. */
export type HostOrigin =
  /** Events go to this origin (always on the allow-list). */
  | { state: 'known'; origin: string }
  /** Not known yet: the first well-formed command from an allowed origin names it. */
  | { state: 'unknown' }
  /** The embedding page is not allowed: nothing is posted and nothing accepted. */
  | { state: 'refused'; origin: string };

export interface EmbedSettings {
  mode: FrameApiMode;
  allowedOrigins: string[];
  host: HostOrigin;
}

export interface EmbeddingFacts {
  /** The page's query string (`location.search`). */
  search: string;
  /** VITE_EMBED_ALLOWED_ORIGINS as built (comma-separated patterns; loopback when empty). */
  builtAllowedOrigins: string | undefined;
  /** `location.ancestorOrigins` when the page is in a frame and the browser has it (Chromium, Safari), else null. */
  ancestorOrigins: readonly string[] | null;
  /** `document.referrer`: the embedding page's address or origin, when its referrer policy lets it through. */
  referrer: string;
}

/** The settings when the URL has `?frameApi` (`?frameApi=rpm` for the RPM compatibility mode), else null. */
export function embedSettings(facts: EmbeddingFacts, report: (message: string) => void): EmbedSettings | null {
  const params = new URLSearchParams(facts.search);
  const mode = params.get('frameApi');
  if (mode === null) return null;
  const allowedOrigins = effectiveAllowedOrigins(facts.builtAllowedOrigins, params.get('allowedOrigins'), report);
  const host = hostOrigin(allowedOrigins, facts.ancestorOrigins?.[0] ?? originOf(params.get('origin')) ?? originOf(facts.referrer));
  if (host.state === 'refused') report(`the page at ${host.origin} is not allowed to embed this creator: nothing is posted to it and its messages are ignored (see docs/embed.md, "Allowed origins")`);
  return { mode: mode === 'rpm' ? 'rpm' : 'native', allowedOrigins, host };
}

/**
 * The first fact available names the host, most trustworthy first: the browser's `ancestorOrigins`, then the
 * `origin` parameter, then the referrer. A parameter or referrer could lie, but harmlessly: the browser delivers
 * a message only if the page really has the `targetOrigin` we name, and that origin must be on the allow-list.
 */
function hostOrigin(allowedOrigins: readonly string[], candidate: string | null): HostOrigin {
  if (!candidate) return { state: 'unknown' };
  return originAllowed(candidate, allowedOrigins) ? { state: 'known', origin: candidate } : { state: 'refused', origin: candidate };
}

function originOf(address: string | null): string | null {
  try {
    return address ? new URL(address).origin : null;
  } catch {
    return null;
  }
}
