import { randomBytes } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random base62 string; rejection sampling keeps every character equally likely. */
export function base62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

/**
 * Stripe-looking id. Customers carry 14 random characters, most other objects 24
 * (`cus_QXg1o8vcGmoR32`, `pm_1Pgc75B7WZ01zgkWlHVgdEGJ`), so code that stores ids sees the real lengths.
 */
export function newId(prefix: string): string {
  return `${prefix}_${base62(prefix === 'cus' ? 14 : 24)}`;
}

/** Client secret in Stripe's `<id>_secret_<random>` form. */
export function clientSecret(id: string): string {
  return `${id}_secret_${base62(25)}`;
}
