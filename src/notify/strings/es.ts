import { en } from './en.js';
import type { NotifyStrings } from './types.js';

/**
 * Spanish (es): untranslated, falls back to English (the whole message, catalog sentences included).
 * To translate, replace the line below with `export default { locale: 'es', messages: { ... } } satisfies NotifyStrings;`
 * holding every key of en.ts (the type check lists any that are missing).
 */
export default { ...en, locale: 'es', untranslated: true } satisfies NotifyStrings;
