/**
 * Subscription patterns, as RPM hosts wrote them: dot-separated names where `*` stands for one segment and a
 * final `**` for any number of them ("v1.**" is every event, "v1.avatar.*" every avatar event).
 */
const SEGMENT = /^[A-Za-z0-9_-]+$/;

export function isEventPattern(pattern: string): boolean {
  if (pattern.length === 0 || pattern.length > 100) return false;
  const segments = pattern.split('.');
  return segments.every((segment, index) => SEGMENT.test(segment) || segment === '*' || (segment === '**' && index === segments.length - 1));
}

export function patternMatches(pattern: string, eventName: string): boolean {
  const wanted = pattern.split('.');
  const actual = eventName.split('.');
  for (const [index, segment] of wanted.entries()) {
    if (segment === '**') return actual.length > index;
    if (index >= actual.length || (segment !== '*' && segment !== actual[index])) return false;
  }
  return wanted.length === actual.length;
}
