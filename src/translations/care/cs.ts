import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'denně', week: 'týdně', month: 'měsíčně', year: 'ročně' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { one: 'každý # den', few: 'každé # dny', many: 'každých # dne', other: 'každých # dní' },
  week: { one: 'každý # týden', few: 'každé # týdny', many: 'každých # týdne', other: 'každých # týdnů' },
  month: { one: 'každý # měsíc', few: 'každé # měsíce', many: 'každých # měsíce', other: 'každých # měsíců' },
  year: { one: 'každý # rok', few: 'každé # roky', many: 'každých # roku', other: 'každých # let' },
};

/** Czech (formal “vy”), as the banner. Dates arrive in the genitive (“24. listopadu 2026”). */
const cs = {
  locale: 'cs',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Nemůžete teď zaplatit?',
    'care.offers.title': 'Další možnosti',
    'care.offers.intro': 'Pokud se vám to teď nehodí, nemusíte odcházet. Můžete si dát pauzu nebo přejít na menší tarif.',
    'care.offers.loading': 'Načítáme vaše možnosti…',
    'care.offers.error': 'Vaše možnosti se nepodařilo načíst a nic se nezměnilo. Zkuste to prosím za chvíli znovu.',
    'care.offers.none': 'Pro vaše předplatné teď žádná jiná možnost není. Náš tým podpory vám rád pomůže.',
    'care.back': 'Zpět',
    'care.confirm.title': 'Před potvrzením si to prosím zkontrolujte',
    'care.working': 'Ukládáme vaši volbu…',
    'care.failed': 'Nepovedlo se to a nic se nezměnilo. Zkuste to prosím znovu.',
    'care.refused': 'Tato možnost už pro vaše předplatné není k dispozici. Nic se nezměnilo.',

    'care.pause.title': 'Pozastavit předplatné',
    'care.pause.length': 'Na jak dlouho?',
    'care.pause.months': ({ months }) => plural('cs', months, { one: '# měsíc', few: '# měsíce', many: '# měsíce', other: '# měsíců' }),
    'care.pause.resumesOn': ({ date }) => `Platby se obnoví ${date}.`,
    'care.pause.stopsService': 'Do té doby je předplatné pozastavené a nic vám nebudeme účtovat.',
    'care.pause.keepsService': 'Službu můžete dál používat a do té doby vám nic nebudeme účtovat.',
    'care.pause.noAccess': 'Během pozastavení nebudete moct používat placené funkce svého účtu.',
    'care.pause.confirm': ({ months }) =>
      plural('cs', months, { one: 'Pozastavit na # měsíc', few: 'Pozastavit na # měsíce', many: 'Pozastavit na # měsíce', other: 'Pozastavit na # měsíců' }),
    'care.pause.done': ({ date }) => `Předplatné je pozastavené. Platby se obnoví ${date}.`,

    'care.overdue.void': ({ amount }) => `Nezaplacená částka ${amount} bude zrušena: nebudete ji dlužit.`,
    'care.overdue.leaveOpen': ({ amount }) => `Nezaplacená částka ${amount} je stále splatná a budeme se ji dál pokoušet strhnout.`,

    'care.plan.title': 'Přejít na menší tarif',
    'care.plan.current': ({ plan, price }) => `Váš současný tarif: ${plan} (${price}).`,
    'care.plan.choose': 'Vyberte tarif',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Dnes vám z uložené platební metody strhneme ${amount} a potom při každém obnovení.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Od příští faktury (${date}) budete platit ${amount}.` : `Od příští faktury budete platit ${amount}.`,
    'care.plan.prorate': 'Případný rozdíl za aktuální období se vyrovná na příští faktuře.',
    'care.plan.prorateNow': 'Případný rozdíl za aktuální období se hned naúčtuje nebo vrátí.',
    'care.plan.confirm': ({ plan }) => `Přejít na tarif ${plan}`,
    'care.plan.done': ({ plan }) => `Váš tarif je teď ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('cs', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Obnovujeme vaše předplatné…',
    'care.resume.done': 'Vítejte zpět! Vaše předplatné je znovu aktivní.',

    'care.support.open': 'Kontaktovat podporu',
    'care.support.subject': 'Pomoc s platbou',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Dobrý den,',
        '',
        'potřebuji pomoc s platbou.',
        '',
        `Co vidím: ${summary}`,
        ...(reason ? [`Co uvedla banka: ${reason}`] : []),
        ...(invoice ? [`Faktura: ${invoice}`] : []),
        ...(amount ? [`Dlužná částka: ${amount}`] : []),
        '',
        'Děkuji',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Dnes bylo zaplaceno ${amount}.`,
    'care.receipt.next': ({ date }) => `Vaše další platba bude ${date}.`,

    'care.rating.question': 'Jak snadné to bylo?',
    'care.rating.send': 'Odeslat',
    'care.rating.1': 'Velmi obtížné',
    'care.rating.2': 'Obtížné',
    'care.rating.3': 'Ani snadné, ani obtížné',
    'care.rating.4': 'Snadné',
    'care.rating.5': 'Velmi snadné',
    'care.rating.thanks': 'Děkujeme za zpětnou vazbu.',
  },
} satisfies CareTranslation;

export default cs;
