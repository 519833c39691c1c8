import { en } from './en.js';
import type { NotifyStrings } from './types.js';

/**
 * Latin American Spanish (es-419): untranslated, falls back to English (the whole message, catalog sentences included).
 * To translate, replace the line below with `export default { locale: 'es-419', messages: { ... } } satisfies NotifyStrings;`
 * holding every key of en.ts (the type check lists any that are missing).
 */
export default { ...en, locale: 'es-419', untranslated: true } satisfies NotifyStrings;
