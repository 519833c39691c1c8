import { en } from './en.js';
import type { NotifyStrings } from './types.js';

/**
 * Finnish (fi): untranslated, falls back to English (the whole message, catalog sentences included).
 * To translate, replace the line below with `export default { locale: 'fi', messages: { ... } } satisfies NotifyStrings;`
 * holding every key of en.ts (the type check lists any that are missing).
 */
export default { ...en, locale: 'fi', untranslated: true } satisfies NotifyStrings;
