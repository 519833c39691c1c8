/**
 * The care catalog (`translations/care`: the offers, resume, support and thank-you words) as a Lit
 * reactive controller: resolves the host's language on every update and loads that catalog, only
 * when an element that shows one of these words is on the page. Until a locale's file lands it
 * reads English, and its `lang`/`dir` say so, so an Arabic page marks English text as LTR.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { requestedLanguage } from '../../internal/localize.js';
import { careEn, loadCareTranslation, type CareTranslation } from '../../translations/care/index.js';

/** Loads a care translation; replaceable in tests (e.g. by a right-to-left one). */
export const careLoader = { load: loadCareTranslation };

export class CareText implements ReactiveController {
  /** The words to render with; `null` only until the first load settles. */
  translation: CareTranslation | null = null;
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
        if (requested !== this.requested) return;
        this.translation = translation;
        this.host.requestUpdate();
      },
      () => {
        // A loader never rejects (it falls back to English), but a replaced one might.
        this.translation ??= careEn;
        this.host.requestUpdate();
      },
    );
  }
}
