/**
 * The banner's translations (src/translations), every locale imported statically, so composing a
 * message stays synchronous. A server-side module: browser code never imports it (the browser loads
 * one locale chunk on demand instead), which keeps the browser bundles as they are.
 */
import { en, withOverrides } from '../translations/index.js';
import { matchLocale, type Locale } from '../translations/match.js';
import type { Translation } from '../translations/types.js';
import ar from '../translations/ar.js';
import bg from '../translations/bg.js';
import cs from '../translations/cs.js';
import da from '../translations/da.js';
import de from '../translations/de.js';
import el from '../translations/el.js';
import enGB from '../translations/en-GB.js';
import es from '../translations/es.js';
import es419 from '../translations/es-419.js';
import et from '../translations/et.js';
import fi from '../translations/fi.js';
import fil from '../translations/fil.js';
import fr from '../translations/fr.js';
import frCA from '../translations/fr-CA.js';
import he from '../translations/he.js';
import hr from '../translations/hr.js';
import hu from '../translations/hu.js';
import id from '../translations/id.js';
import it from '../translations/it.js';
import ja from '../translations/ja.js';
import ko from '../translations/ko.js';
import lt from '../translations/lt.js';
import lv from '../translations/lv.js';
import ms from '../translations/ms.js';
import mt from '../translations/mt.js';
import nb from '../translations/nb.js';
import nl from '../translations/nl.js';
import pl from '../translations/pl.js';
import pt from '../translations/pt.js';
import ptBR from '../translations/pt-BR.js';
import ro from '../translations/ro.js';
import ru from '../translations/ru.js';
import sk from '../translations/sk.js';
import sl from '../translations/sl.js';
import sv from '../translations/sv.js';
import th from '../translations/th.js';
import tr from '../translations/tr.js';
import vi from '../translations/vi.js';
import zh from '../translations/zh.js';
import zhTW from '../translations/zh-TW.js';

const CATALOG_TRANSLATIONS: Readonly<Record<Locale, Translation>> = {
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

/**
 * The banner's translation for a tag, matched as the banner matches it, with the merchant's
 * `setMessages` overrides applied: an email says exactly what the banner says.
 */
export function catalogTranslationFor(locale: unknown): Translation {
  return withOverrides(CATALOG_TRANSLATIONS[matchLocale(locale)]);
}
