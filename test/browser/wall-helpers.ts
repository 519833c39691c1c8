/** Mounting and reading `<paymend-wall>` in browser tests (wall.test.ts and wall-a11y-*.test.ts). */
import '../../src/define.js';
import type { PaymendWall } from '../../src/components/wall/wall.component.js';
import type { Status } from '../../src/protocol/index.js';
import { freshEndpoint, makeStatus, mount, until } from './helpers.js';
import { fakeBackend, installStripe } from './stripe-stub.js';

export const HOUR = 3_600_000;
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const part = (wall: PaymendWall, name: string) => wall.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
export const dialogOf = (wall: PaymendWall) => wall.shadowRoot?.querySelector('dialog') ?? null;
export const isOpen = (wall: PaymendWall) => dialogOf(wall)?.open === true;
export const innerForm = (wall: PaymendWall) => wall.querySelector('paymend-form');

/** A failed renewal whose access is walled: `soft` until `endsAt`, or `hard`. */
export function walled(wall: 'soft' | 'hard', endsAt: number): Status {
  return makeStatus('failed', { access: { wall, endsAt: new Date(endsAt).toISOString() } });
}

/** Mounts a wall with a status (no request), behind a fake backend for its form, and waits until it is open. */
export async function openWall(status: Status, setup: (wall: PaymendWall) => void = () => undefined) {
  const stripe = installStripe();
  const backend = fakeBackend({});
  const wall = document.createElement('paymend-wall');
  wall.endpoint = freshEndpoint();
  wall.lang = 'en';
  wall.status = status;
  setup(wall);
  mount(wall);
  await until(() => isOpen(wall) && part(wall, 'title'), 'the wall to open');
  return { wall, stripe, backend };
}

/** Waits until the wall's form can be submitted. */
export async function formReady(wall: PaymendWall): Promise<void> {
  await until(() => innerForm(wall)?.shadowRoot?.querySelector('[part~="submit-button"]')?.getAttribute('aria-disabled') === 'false', 'the form');
}

/** Saves a card through the wall's own form and waits for the thank-you. */
export async function payInWall(wall: PaymendWall): Promise<void> {
  await formReady(wall);
  innerForm(wall)!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
  await until(() => part(wall, 'continue-button'), 'the thank-you');
}

/** The focused element, inside shadow roots too. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
