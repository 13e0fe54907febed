import { safeLinkHref } from './safeLink';

interface LicenceLinkProps {
  /** The licence's SPDX id, the link's text. */
  spdx: string;
  /** The licence text's address as the pack gives it: a link only if it is a web address, else shown as text. */
  url: string | undefined;
}

/** An item's licence: its SPDX id, linked to the licence text when the pack gives a web address for it. */
export function LicenceLink({ spdx, url }: LicenceLinkProps) {
  const href = safeLinkHref(url);
  if (href) {
    return (
      <a href={href} target="_blank" rel="noreferrer">
        {spdx}
      </a>
    );
  }
  return url ? <span>{`${spdx} (${url})`}</span> : <>{spdx}</>;
}
