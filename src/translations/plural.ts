/** Plural forms of one message, by CLDR category; `other` is required, as in every language. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/**
 * Picks the plural form of `forms` for `count` in `locale` (Intl.PluralRules), and replaces `#`
 * with the count formatted for the locale. A locale Intl does not know falls back to English rules.
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) {
    try {
      rule = new Intl.PluralRules(locale);
    } catch {
      rule = new Intl.PluralRules('en');
    }
    rules.set(locale, rule);
  }
  const form = forms[rule.select(count)] ?? forms.other;
  return form.replaceAll('#', new Intl.NumberFormat(rule.resolvedOptions().locale).format(count));
}
