import { describe, expect, it } from 'vitest';
import { safeLinkHref } from './safeLink';

const page = 'https://avatars.example.com/editor/';

describe('links from pack data', () => {
  it('keep web addresses, and relative ones on the page’s own origin', () => {
    expect(safeLinkHref('https://creativecommons.org/licenses/by/4.0/', page)).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(safeLinkHref('http://example.org/licence', page)).toBe('http://example.org/licence');
    expect(safeLinkHref('licences.html', page)).toBe('https://avatars.example.com/editor/licences.html');
  });

  it.each([
    'javascript:alert(document.cookie)',
    ' JaVaScRiPt:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://avatars.example.com/0b4c',
    'mailto:someone@example.com',
  ])('refuse %j', (address) => {
    expect(safeLinkHref(address, page)).toBeNull();
  });

  it('refuse nothing given and what is not an address', () => {
    expect(safeLinkHref(undefined, page)).toBeNull();
    expect(safeLinkHref('', page)).toBeNull();
    expect(safeLinkHref('http://[bad', page)).toBeNull();
  });
});
