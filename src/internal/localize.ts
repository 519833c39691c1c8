/**
 * Which language a Paymend element speaks, and its translation, as a Lit reactive controller shared
 * by every element so that a banner, a form and a wall on one page never disagree.
 *
 * Only lazily loaded code imports this module: it pulls in the translation catalog (English and the
 * loaders of every other locale), which a page whose customer is healthy never needs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, formattingLocale, loadTranslation, matchLocale, withOverrides } from '../translations/index.js';
import { messagesVersion, onMessagesChanged } from '../translations/overrides.js';
import type { Translation } from '../translations/types.js';

/**
 * The language tag an element asks for: its own `lang`, else the closest ancestor's `lang` (crossing
 * shadow roots, so an element inside another component follows the page), else `<html lang>`, else
 * the first of the browser's languages Paymend speaks, else English. An empty `lang=""` means
 * "unknown" in HTML and is skipped.
 */
export function requestedLanguage(element: HTMLElement): string {
  // The property first: a Lit element reflects `lang` to its attribute only after this has run.
  if (element.lang) return element.lang;
  let node: Element | null = element.parentElement ?? shadowHost(element);
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? shadowHost(node);
  }
  return (typeof document !== 'undefined' && document.documentElement.lang) || browserLanguage() || en.locale;
}

function shadowHost(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The first of the browser's preferred languages that Paymend speaks (anything matches English only if it is English). */
function browserLanguage(): string | undefined {
  if (typeof navigator === 'undefined') return undefined;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  return preferred.find((tag) => matchLocale(tag) !== en.locale || /^en\b/i.test(tag)) ?? preferred[0];
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Controllers of connected elements; told when a `lang` attribute on the page, the browser's language
 * or the merchant's messages (`setMessages`) change.
 */
const connected = new Set<LocalizeController>();
let observer: MutationObserver | null = null;

function languageMayHaveChanged(): void {
  for (const controller of connected) controller.recheck();
}

function watchLanguage(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  // Only `lang` attributes, so the page's other DOM changes cost nothing. Shadow roots of other
  // components are not observed: a `lang` changed inside one reaches us at our next update.
  observer = new MutationObserver(languageMayHaveChanged);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  window.addEventListener('languagechange', languageMayHaveChanged);
  onMessagesChanged(languageMayHaveChanged);
}

/**
 * Resolves the host's language on every update and loads its translation. Until a non-English
 * translation arrives the previous one stays (no flash of English when `lang` changes); English is
 * built in and available at once.
 */
export class LocalizeController implements ReactiveController {
  /** The translation to render with; `null` only until the first one is loaded. */
  translation: Translation | null = null;
  /** The tag the element asked for, e.g. `de-AT` (regional formats come from it). */
  requested = '';
  /** The version of the merchant's messages the translation was built with (`messagesVersion()`). */
  private overridesVersion = -1;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Locale for `Intl`: the requested tag when the translation is in its language (en-GB dates), else the translation's. */
  get formattingLocale(): string {
    return formattingLocale(this.requested, this.translation ?? en);
  }

  hostConnected(): void {
    connected.add(this);
    watchLanguage();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  hostUpdate(): void {
    this.resolve();
  }

  /** Re-renders the host when the language it asks for, or the merchant's messages, have changed. */
  recheck(): void {
    if (requestedLanguage(this.host) !== this.requested || messagesVersion() !== this.overridesVersion) this.host.requestUpdate();
  }

  private resolve(): void {
    const requested = requestedLanguage(this.host);
    const overridesVersion = messagesVersion();
    if (requested === this.requested && overridesVersion === this.overridesVersion) return;
    this.requested = requested;
    this.overridesVersion = overridesVersion;
    if (matchLocale(requested) === en.locale) {
      this.translation = withOverrides(en);
      return;
    }
    void loadTranslation(requested).then((translation) => {
      if (requested !== this.requested) return;
      this.translation = translation;
      this.host.requestUpdate();
    });
  }
}
