import { en } from './en.js';
import type { NotifyStrings } from './types.js';

/**
 * Norwegian Bokmål (nb): untranslated, falls back to English (the whole message, catalog sentences included).
 * To translate, replace the line below with `export default { locale: 'nb', messages: { ... } } satisfies NotifyStrings;`
 * holding every key of en.ts (the type check lists any that are missing).
 */
export default { ...en, locale: 'nb', untranslated: true } satisfies NotifyStrings;
