/**
 * Notification strings for every locale, imported statically: composing is synchronous and runs on
 * the server, where 41 small modules cost nothing. Browser code never imports this folder, so the
 * browser's locale chunks stay as they are.
 */
import { matchLocale, type Locale } from '../../translations/match.js';
import en from './en.js';
import ar from './ar.js';
import bg from './bg.js';
import cs from './cs.js';
import da from './da.js';
import de from './de.js';
import el from './el.js';
import enGB from './en-GB.js';
import es from './es.js';
import es419 from './es-419.js';
import et from './et.js';
import fi from './fi.js';
import fil from './fil.js';
import fr from './fr.js';
import frCA from './fr-CA.js';
import he from './he.js';
import hr from './hr.js';
import hu from './hu.js';
import id from './id.js';
import it from './it.js';
import ja from './ja.js';
import ko from './ko.js';
import lt from './lt.js';
import lv from './lv.js';
import ms from './ms.js';
import mt from './mt.js';
import nb from './nb.js';
import nl from './nl.js';
import pl from './pl.js';
import pt from './pt.js';
import ptBR from './pt-BR.js';
import ro from './ro.js';
import ru from './ru.js';
import sk from './sk.js';
import sl from './sl.js';
import sv from './sv.js';
import th from './th.js';
import tr from './tr.js';
import vi from './vi.js';
import zh from './zh.js';
import zhTW from './zh-TW.js';
import type { NotifyStrings } from './types.js';

export type { NotifyMessageKey, NotifyMessages, NotifyStrings } from './types.js';

/** Every locale's strings, by the locale the banner uses (`LOCALES` in src/translations/match.ts). */
export const NOTIFY_STRINGS: Readonly<Record<Locale, NotifyStrings>> = {
  en,
  ar,
  bg,
  cs,
  da,
  de,
  el,
  'en-GB': enGB,
  es,
  'es-419': es419,
  et,
  fi,
  fil,
  fr,
  'fr-CA': frCA,
  he,
  hr,
  hu,
  id,
  it,
  ja,
  ko,
  lt,
  lv,
  ms,
  mt,
  nb,
  nl,
  pl,
  pt,
  'pt-BR': ptBR,
  ro,
  ru,
  sk,
  sl,
  sv,
  th,
  tr,
  vi,
  zh,
  'zh-TW': zhTW,
};

/** The strings for a BCP 47 tag, matched like the banner (`de-AT` → `de`, anything unknown → `en`). Never throws. */
export function notifyStringsFor(locale: unknown): NotifyStrings {
  return NOTIFY_STRINGS[matchLocale(locale)];
}
