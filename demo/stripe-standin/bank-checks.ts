/**
 * The checks a bank account number passes before anyone asks the bank: the IBAN's ISO 13616
 * checksum and the ABA routing number's. Pure and free of Node APIs, so the offline Stripe.js
 * checks the fields the way the API will.
 */

/** Without spaces, upper case: how an IBAN is compared and stored. */
export function normalizeIban(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** ISO 13616: letters to numbers, the first four characters moved to the end, remainder 1 mod 97. */
export function isValidIban(value: string): boolean {
  const iban = normalizeIban(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

/** ABA routing numbers: nine digits, weights 3-7-1, a multiple of ten. */
export function isValidRoutingNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const d = [...value].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}
