import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Status } from '../protocol/index.js';
import { fetchStatus, hasStatusOutline } from './api-client.js';
import { embeddedStatus } from './embedded-status.js';
import { warnOnce } from './log.js';
import { PaymendElement } from './paymend-element.js';

/** The visible part of a status element, loaded only when there is something to show. */
export interface StatusView {
  /** The status validated in full against the protocol, or `null` (warned) when it does not match. */
  validate(status: Status): Status | null;
  render(): TemplateResult | typeof nothing;
}

/**
 * Base of the elements that show a customer's billing status (banner, wall). It holds what a
 * healthy page needs and nothing more: the shared status request, a check of the status's outline
 * (enough to tell a healthy customer from one with a problem), and the lazy import of the visible
 * part once the status calls for it. The visible part brings the full validation (and zod) with it:
 * nothing is shown from a status that fails it.
 */
export abstract class StatusElement<View extends StatusView> extends PaymendElement {
  /** Base URL of the merchant's Paymend handler, e.g. `/billing/paymend`. Required unless `status` is set. */
  @property() endpoint = '';

  /** Language; defaults to the closest `lang` (crossing shadow roots), then the browser's languages. */
  @property({ reflect: true }) override lang!: string;

  /**
   * A status the page already has. When set, the element makes no request. Without it, a status
   * embedded in the page (`<script type="application/json" data-paymend-status>`, from
   * `embedStatus` in `paymend/server`) is read before any request, and is set here.
   */
  @property({ attribute: false }) status?: Status;

  /**
   * @internal The status validated in full, which is what the view shows; `null` while loading, on
   * error, for invalid input, and on healthy pages (where no view loads to validate it).
   */
  @state() validStatus: Status | null = null;

  /** The status, handed in or loaded, once its outline is checked; what decides whether a view loads. */
  private outlined: Status | null = null;

  /** The visible part, once loaded. */
  @state() protected view: View | null = null;

  private requestedEndpoint: string | null = null;
  private loadingView = false;
  /** The page's embedded status is looked for once, before the first request could start. */
  private embedLookedFor = false;
  /** `status` came from the page's embedded JSON: if the view refuses it, the element asks the endpoint. */
  private fromEmbed = false;

  /** Whether this status needs the visible part. */
  protected abstract needsView(status: Status | null): boolean;

  /** Imports and builds the visible part (a separate chunk, so healthy pages never load it). */
  protected abstract createView(): Promise<View>;

  /** The visible part built at once when its module has already run (see `./ready-views.ts`), else `null`. */
  protected readyView(): View | null {
    return null;
  }

  /** Called with a status that arrived from the backend (not with one handed in). */
  protected statusLoaded(_status: Status): void {}

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Read before the embedded status is set below: Lit records that in the same map.
    const handedIn = changed.has('status');
    let statusChanged = handedIn;
    if (this.status == null && !this.embedLookedFor) {
      this.embedLookedFor = true;
      const embedded = embeddedStatus(this);
      if (embedded) {
        this.status = embedded;
        this.fromEmbed = true;
        statusChanged = true;
        this.statusLoaded(embedded);
      }
    }
    if (statusChanged) {
      if (handedIn) this.fromEmbed = false;
      this.outlined = this.checkOutline(this.status);
      if (this.view) this.acceptValidated(this.view);
    }
    if (this.needsView(this.outlined) && !this.view && !this.loadingView) {
      const ready = this.readyView();
      if (!ready) void this.loadView();
      else {
        // Rendered in this very update: the first frame, when the page loaded the view render-blocking.
        this.acceptValidated(ready);
        this.view = ready;
      }
    }
    // Last: an embedded status the view just refused leaves no status, and the endpoint is asked.
    if (this.status == null && this.endpoint && this.endpoint !== this.requestedEndpoint) {
      this.requestedEndpoint = this.endpoint;
      void this.loadStatus(this.endpoint);
    }
  }

  /**
   * The view's full validation of the status. An embedded status it refuses (warned, naming the
   * field) is dropped for the one the endpoint answers, as if none had been embedded.
   */
  private acceptValidated(view: View): void {
    this.validStatus = this.outlined && view.validate(this.outlined);
    if (this.validStatus || !this.fromEmbed) return;
    this.fromEmbed = false;
    this.outlined = null;
    this.status = undefined;
  }

  protected override firstUpdated(): void {
    if (this.status == null && !this.endpoint) {
      warnOnce(this, `<${this.localName}> needs an endpoint attribute or a status property; showing nothing`);
    }
  }

  override render() {
    return this.view ? this.view.render() : nothing;
  }

  private async loadView(): Promise<void> {
    this.loadingView = true;
    try {
      const view = await this.createView();
      this.acceptValidated(view);
      this.view = view;
    } catch (error) {
      warnOnce(error, `<${this.localName}> could not load: ${error instanceof Error ? error.message : String(error)}; showing nothing`);
    } finally {
      this.loadingView = false;
    }
  }

  private async loadStatus(endpoint: string): Promise<void> {
    try {
      const status = await fetchStatus(endpoint);
      // A status handed in meanwhile, or a newer endpoint, wins over this answer.
      if (this.status != null || endpoint !== this.endpoint) return;
      this.status = status;
      this.statusLoaded(status);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warnOnce(error, `could not load the billing status from ${endpoint}: ${reason}; showing nothing`);
    }
  }

  /** A merchant-supplied status is checked too: bad input must not break their page. */
  private checkOutline(status: Status | null | undefined): Status | null {
    if (status == null) return null;
    if (hasStatusOutline(status)) return status;
    warnOnce(status, `<${this.localName}> ignored an invalid status: not a Paymend status (v, state, access.wall)`);
    return null;
  }
}
