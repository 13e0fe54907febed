/** Flags read from the page URL once at start-up. */
const params = new URLSearchParams(globalThis.location?.search ?? '');

/** `?qa`: expose the QA API and turn off animation so screenshots are deterministic. */
export const qaMode = params.has('qa');
