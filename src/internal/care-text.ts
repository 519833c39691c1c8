/**
 * The care catalog (`translations/care`: the offers, resume, support, receipt and "How easy was
 * this?" words) as a Lit reactive controller: resolves the host's language on every update and
 * loads that catalog, only while the host shows one of these words (`needed`), so a banner that
 * never shows them never downloads them.
 *
 * English is there at once (built in): a care file still loading, or missing, reads English,
 * marked with its own `lang`/`dir` wherever it is rendered (an Arabic page marks English text as
 * LTR), never a blank control.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { requestedLanguage } from './localize.js';
import { careEn, loadCareTranslation, type CareTranslation } from '../translations/care/index.js';

/** Care words inside another catalog's text, marked with their own language (English while the file loads). */
export function careSpan(care: CareTranslation, text: string): TemplateResult {
  return html`<span lang=${care.locale} dir=${care.dir}>${text}</span>`;
}

/** Loads a care translation; replaceable in tests (e.g. by a right-to-left one). */
export const careLoader = { load: loadCareTranslation };

export class CareText implements ReactiveController {
  /** The words to render with: English until the requested language's file arrives. */
  translation: CareTranslation = careEn;
  private requested: string | null = null;

  /** `needed` says whether the host shows any care words now: the catalog loads only then. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly needed: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (!this.needed()) return;
    const requested = requestedLanguage(this.host);
    if (requested === this.requested) return;
    this.requested = requested;
    void careLoader.load(requested).then(
      (translation) => {
        if (requested !== this.requested || translation === this.translation) return;
        this.translation = translation;
        this.host.requestUpdate();
      },
      // A loader never rejects (it falls back to English), but a replaced one might: English stays.
      () => undefined,
    );
  }
}
