import type { BrowserContext } from '@playwright/test';

/**
 * Records every Content Security Policy violation the page reports (the document's `securitypolicyviolation`
 * events and the browser's console reports, which also cover workers) in every page of a context, across
 * reloads. Returns a reader.
 */
export async function recordCspViolations(context: BrowserContext): Promise<() => string[]> {
  const seen: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  await context.exposeFunction('reportCspViolation', (text: string) => void seen.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return () => [...seen];
}
