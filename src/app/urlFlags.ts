/** Flags read from the page URL once at start-up. */
const params = new URLSearchParams(globalThis.location?.search ?? '');

/** `?qa`: expose the QA API and turn off animation so screenshots are deterministic. */
export const qaMode = params.has('qa');

/** `?lang=fr`: show the editor in this language (and keep it as the user's choice). */
export const requestedLanguage = params.get('lang');

/** `?pack=<url of a pack.json>`, repeatable: designer packs to load next to the core pack. */
export const requestedPacks = params.getAll('pack');

/** `?frameApi` (or `?frameApi=rpm`): talk to the page that embeds the creator (docs/embed.md). */
export const frameApiRequested = params.has('frameApi');

/**
 * `?qa&offline`: keep the offline copy in QA mode too. Outside QA mode the app always keeps one; QA mode leaves it
 * out so that test runs, each in a fresh browser profile, do not download the whole app and its packs every time.
 */
export const offlineRequested = params.has('offline');
