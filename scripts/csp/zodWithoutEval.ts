/**
 * What `zod` resolves to in the browser build. zod compiles fast object parsers with `new Function` unless told not
 * to, deciding when each schema is defined, and even its probe for eval is reported as a CSP violation. Every
 * module that imports zod evaluates this first, so the setting is on before any schema exists.
 */
import { config } from 'zod/v4';

config({ jitless: true });

export * from 'zod/v4';
