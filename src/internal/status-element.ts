import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StatusSchema, type Status } from '../protocol/index.js';
import { fetchStatus } from './api-client.js';
import { warnOnce } from './log.js';
import { PaymendElement } from './paymend-element.js';

/** The visible part of a status element, loaded only when there is something to show. */
export interface StatusView {
  render(): TemplateResult | typeof nothing;
}

/**
 * Base of the elements that show a customer's billing status (banner, wall). It holds what a
 * healthy page needs and nothing more: the shared status request, the check of a status handed in
 * by the page, and the lazy import of the visible part once the status calls for it.
 */
export abstract class StatusElement<View extends StatusView> extends PaymendElement {
  /** Base URL of the merchant's Paymend handler, e.g. `/billing/paymend`. Required unless `status` is set. */
  @property() endpoint = '';

  /** Language; defaults to the closest `lang` (crossing shadow roots), then the browser's languages. */
  @property({ reflect: true }) override lang!: string;

  /** A status the page already has. When set, the element makes no request. */
  @property({ attribute: false }) status?: Status;

  /** @internal The validated status; `null` while loading, on error, or for invalid input. */
  @state() validStatus: Status | null = null;

  /** The visible part, once loaded. */
  @state() protected view: View | null = null;

  private requestedEndpoint: string | null = null;
  private loadingView = false;

  /** Whether this status needs the visible part. */
  protected abstract needsView(status: Status | null): boolean;

  /** Imports and builds the visible part (a separate chunk, so healthy pages never load it). */
  protected abstract createView(): Promise<View>;

  /** Called with a status that arrived from the backend (not with one handed in). */
  protected statusLoaded(_status: Status): void {}

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.status == null && this.endpoint && this.endpoint !== this.requestedEndpoint) {
      this.requestedEndpoint = this.endpoint;
      void this.loadStatus(this.endpoint);
    }
    if (changed.has('status')) this.validStatus = this.validate(this.status);
    if (this.needsView(this.validStatus) && !this.view && !this.loadingView) void this.loadView();
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
      this.view = await this.createView();
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
  private validate(status: Status | null | undefined): Status | null {
    if (status == null) return null;
    const parsed = StatusSchema.safeParse(status);
    if (parsed.success) return parsed.data;
    warnOnce(status, `<${this.localName}> ignored an invalid status: ${parsed.error.issues[0]?.message}`);
    return null;
  }
}
