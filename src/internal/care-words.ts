/**
 * The care catalog (support, receipt, "How easy was this?") for an element that already has a
 * `LocalizeController`: loaded for the same requested language, on demand, as a reactive
 * controller. Its own catalog, so a banner that never shows these words never downloads them.
 *
 * English is there at once (built in): a care file still loading, or missing, reads English,
 * marked with its own `lang`/`dir` wherever it is rendered, never a blank control.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { careEn, loadCareTranslation, type CareTranslation } from '../translations/care/index.js';
import type { LocalizeController } from './localize.js';

export class CareWords implements ReactiveController {
  /** The care translation to render with; English until the requested language's file arrives. */
  translation: CareTranslation = careEn;
  private requested: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly localize: LocalizeController,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // After the LocalizeController's own hostUpdate (added first), so `requested` is this update's.
    const requested = this.localize.requested;
    if (!requested || requested === this.requested) return;
    this.requested = requested;
    void loadCareTranslation(requested).then((translation) => {
      if (requested !== this.requested || translation === this.translation) return;
      this.translation = translation;
      this.host.requestUpdate();
    });
  }
}
