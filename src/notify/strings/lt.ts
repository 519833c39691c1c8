import type { NotifyStrings } from './types.js';

/**
 * Lithuanian (lt): polite "jūs", as the banner (`src/translations/lt.ts`): mokėjimas, kortelė,
 * prenumerata, mokėjimo būdas; an open payment is "nesutvarkytas". The merchant's name stays
 * uninflected before a noun ("jūsų Acme prenumerata"); a full date ends in "d.", so, as in the
 * banner, it opens its sentence or sits mid-sentence and never ends one.
 */
export default {
  locale: 'lt',
  messages: {
    'subject.failed': ({ merchant }) => `Jūsų ${merchant} mokėjimas nepavyko`,
    'subject.action_required': ({ merchant }) => `Patvirtinkite savo ${merchant} mokėjimą`,
    'subject.expiring': ({ merchant }) => `Kortelės, kuria mokate už ${merchant}, galiojimas netrukus baigsis`,
    'subject.final': ({ merchant }) => `Reikia jūsų veiksmų: ${merchant} mokėjimas vis dar nesutvarkytas`,
    'subject.reminder': ({ merchant }) => `Priminimas: ${merchant} mokėjimas vis dar nesutvarkytas`,
    'subject.access_ends': ({ merchant }) => `Jūsų prieiga prie ${merchant} netrukus baigsis`,
    'subject.recovered': ({ merchant }) => `Ačiū: jūsų ${merchant} mokėjimas sėkmingai atliktas`,

    'lead.failed': ({ merchant }) => `Nepavyko nuskaičiuoti paskutinio jūsų ${merchant} prenumeratos mokėjimo.`,
    'lead.action_required': ({ merchant }) => `Jūsų bankas prašo patvirtinti paskutinį ${merchant} mokėjimą.`,
    'lead.expiring': ({ merchant }) => `Kortelės, kuria mokate už ${merchant}, galiojimas netrukus baigsis.`,
    'lead.final': ({ merchant }) =>
      `Bandėme kelis kartus, tačiau nepavyko nuskaičiuoti jūsų ${merchant} prenumeratos mokėjimo, ir patys daugiau nebebandysime.`,
    'lead.reminder': ({ merchant }) => `Trumpai primename: jūsų ${merchant} prenumeratos mokėjimas vis dar nesutvarkytas.`,
    'lead.access_ends': ({ merchant }) =>
      `Jūsų prieiga prie ${merchant} netrukus baigsis, nes vienas mokėjimas vis dar nesutvarkytas.`,
    'lead.recovered': ({ merchant }) =>
      `Ačiū! Jūsų ${merchant} mokėjimas sėkmingai atliktas, o prenumerata tęsiasi kaip įprasta.`,

    // SMS: straight apostrophes only, no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: mokėjimas nepavyko. Atnaujinkite kortelę čia: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: jūsų bankas prašo patvirtinti mokėjimą: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: kortelė nustos galioti iki kito mokėjimo. Atnaujinkite čia: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: mokėjimas nesutvarkytas, daugiau nebebandysime. Sutvarkykite čia: ${link}`,
    'sms.reminder': ({ merchant, link }) =>
      `${merchant}: primename, mokėjimas vis dar nesutvarkytas. Sutvarkykite čia: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: dėl nesutvarkyto mokėjimo prieiga netrukus baigsis. Sutvarkykite čia: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: ačiū, mokėjimas atliktas. Daugiau: ${link}`,
    'sms.help': ({ contact }) => `Pagalba: ${contact}`,

    'email.greeting': ({ name }) => `Sveiki, ${name},`,
    'email.greetingNoName': 'Sveiki,',
    'email.cta.update': 'Atnaujinti mokėjimo būdą',
    'email.cta.confirm': 'Patvirtinti mokėjimą',
    'email.cta.view': 'Peržiūrėti atsiskaitymo informaciją',
    'email.linkFallback': 'Jei mygtukas neveikia, nukopijuokite šią nuorodą į naršyklę:',
    'email.support': ({ contact }) => `Turite klausimų? Mielai padėsime: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Gaunate šį el. laišką, nes turite ${merchant} prenumeratą. Jis susijęs su atsiskaitymu, todėl siunčiamas net jei atsisakėte naujienų.`,

    'tone.soft': 'Paprastai tai laikina, o jūsų kortelė tvarkinga: dažnai padeda papildyti sąskaitą arba pabandyti vėliau.',
    'tone.hard': 'Šios kortelės nebegalima naudoti jūsų prenumeratai. Pridėkite kitą kortelę arba kitą mokėjimo būdą.',

    'recovered.paid': ({ amount, date }) => `${date} gavome ${amount}.`,
    'recovered.next': ({ date }) => `${date} bus nuskaičiuotas kitas mokėjimas.`,
    'expiring.before': ({ card, date }) =>
      `Jūsų ${card} nustos galioti anksčiau nei ${date} numatytas kitas mokėjimas. Atnaujinkite duomenis dabar, kad niekas nesutriktų.`,
    'reminder.still': 'Tai užtruks vos minutę, o prenumerata veiks be pertraukų.',
    'accessEnds.when': ({ date }) => `Jei mokėjimas nebus sutvarkytas, ${date} jūsų prieiga baigsis.`,

    'page.title': ({ merchant }) => `Atnaujinkite mokėjimo būdą · ${merchant}`,
    'page.heading': 'Atnaujinkite mokėjimo būdą',
    'page.intro': ({ merchant }) =>
      `Pridėkite naują kortelę arba mokėjimo būdą savo ${merchant} prenumeratai. Prisijungti nereikia.`,
    'page.done': 'Viskas atlikta. Ačiū! Šį puslapį galite uždaryti.',
    'page.invalid.title': 'Ši nuoroda neveikia',
    'page.invalid.body':
      'Nuoroda gali būti nepilna. Atidarykite ją dar kartą iš mūsų atsiųsto pranešimo arba prisijunkite prie savo paskyros ir atnaujinkite mokėjimo būdą ten.',
    'page.expired.title': 'Šios nuorodos galiojimas baigėsi',
    'page.expired.body':
      'Jūsų saugumui atnaujinimo nuorodos galioja tik ribotą laiką. Prisijunkite prie savo paskyros ir atnaujinkite mokėjimo būdą ten.',
    'page.used.title': 'Tai jau sutvarkyta',
    'page.used.body':
      'Mokėjimas, kuriam buvo skirta ši nuoroda, jau sutvarkytas, todėl nuoroda nebeveikia. Daugiau nieko daryti nereikia.',
    'page.signIn': 'Prisijungti prie paskyros',
    'page.help': ({ contact }) => `Reikia pagalbos? Susisiekite su mumis: ${contact}`,
    'page.noscript': 'Įjunkite JavaScript, kad galėtumėte saugiai atnaujinti mokėjimo būdą.',
  },
} satisfies NotifyStrings;
