import type { NotifyStrings } from './types.js';

/**
 * Danish (da): "du", like the banner (`src/translations/da.ts`). `card` reads "Visa, der ender på
 * 4242", so it ends a clause (the relative clause needs no closing comma there).
 */
export default {
  locale: 'da',
  messages: {
    'subject.failed': ({ merchant }) => `Din betaling til ${merchant} gik ikke igennem`,
    'subject.action_required': ({ merchant }) => `Bekræft venligst din betaling til ${merchant}`,
    'subject.expiring': ({ merchant }) => `Dit kort til ${merchant} udløber snart`,
    'subject.final': ({ merchant }) => `Handling påkrævet: din betaling til ${merchant} er stadig ubetalt`,
    'subject.reminder': ({ merchant }) => `Påmindelse: din betaling til ${merchant} er stadig ubetalt`,
    'subject.access_ends': ({ merchant }) => `Din adgang til ${merchant} ophører snart`,
    'subject.recovered': ({ merchant }) => `Tak: din betaling til ${merchant} er gennemført`,

    'lead.failed': ({ merchant }) => `Vi kunne ikke gennemføre den seneste betaling for dit abonnement hos ${merchant}.`,
    'lead.action_required': ({ merchant }) => `Din bank beder dig bekræfte den seneste betaling til ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Det kort, du bruger hos ${merchant}, udløber snart.`,
    'lead.final': ({ merchant }) =>
      `Vi har prøvet flere gange, men kunne ikke gennemføre betalingen for dit abonnement hos ${merchant}, og vi prøver ikke igen af os selv.`,
    'lead.reminder': ({ merchant }) => `En lille påmindelse: der mangler stadig en betaling for dit abonnement hos ${merchant}.`,
    'lead.access_ends': ({ merchant }) => `Din adgang til ${merchant} ophører snart, fordi der stadig mangler en betaling.`,
    'lead.recovered': ({ merchant }) => `Tak! Din betaling til ${merchant} er gennemført, og dit abonnement er helt på plads.`,

    // SMS: æ, ø and å are GSM 7-bit; straight apostrophes only, no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: din betaling gik ikke igennem. Opdater dit kort her: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: din bank beder dig bekræfte en betaling: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: dit kort udløber før din næste betaling. Opdater det her: ${link}`,
    'sms.final': ({ merchant, link }) => `${merchant}: din betaling mangler stadig, og vi prøver ikke igen. Ordn det her: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: påmindelse, din betaling mangler stadig. Ordn det her: ${link}`,
    'sms.access_ends': ({ merchant, link }) => `${merchant}: din adgang ophører snart, da en betaling mangler. Ordn det her: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: tak, din betaling er gennemført. Detaljer: ${link}`,
    'sms.help': ({ contact }) => `Hjælp: ${contact}`,

    'email.greeting': ({ name }) => `Hej ${name},`,
    'email.greetingNoName': 'Hej,',
    'email.cta.update': 'Opdater betalingsmetode',
    'email.cta.confirm': 'Bekræft betaling',
    'email.cta.view': 'Se betalingsoplysninger',
    'email.linkFallback': 'Hvis knappen ikke virker, så kopiér dette link ind i din browser:',
    'email.support': ({ contact }) => `Spørgsmål? Vi hjælper gerne: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Du modtager denne e-mail, fordi du har et abonnement hos ${merchant}. Den handler om din betaling, så den sendes, selvom du har afmeldt nyhedsbreve.`,

    'tone.soft':
      'Det er som regel midlertidigt, og der er ikke noget galt med dit kort. Det hjælper ofte at sætte penge ind på kontoen eller prøve igen senere.',
    'tone.hard': 'Dette kort kan ikke længere bruges til dit abonnement. Tilføj venligst et andet kort eller en anden betalingsmetode.',

    'recovered.paid': ({ amount, date }) => `Vi modtog ${amount} den ${date}.`,
    'recovered.next': ({ date }) => `Din næste betaling forfalder den ${date}.`,
    'expiring.before': ({ card, date }) =>
      `Før din næste betaling den ${date} udløber dit ${card}. Opdater kortet nu, så intet bliver afbrudt.`,
    'reminder.still': 'Det tager kun et minut at ordne, og dit abonnement fortsætter som normalt.',
    'accessEnds.when': ({ date }) => `Hvis betalingen ikke bliver ordnet, ophører din adgang den ${date}.`,

    'page.title': ({ merchant }) => `Opdater din betalingsmetode · ${merchant}`,
    'page.heading': 'Opdater din betalingsmetode',
    'page.intro': ({ merchant }) =>
      `Tilføj et nyt kort eller en ny betalingsmetode til dit abonnement hos ${merchant}. Du behøver ikke at logge ind.`,
    'page.done': 'Så er det klaret. Tak! Du kan lukke denne side.',
    'page.invalid.title': 'Dette link virker ikke',
    'page.invalid.body':
      'Linket er måske ufuldstændigt. Åbn det igen fra den besked, vi sendte dig, eller log ind på din konto for at opdatere din betalingsmetode.',
    'page.expired.title': 'Dette link er udløbet',
    'page.expired.body':
      'Af hensyn til din sikkerhed virker opdateringslinks kun i en begrænset periode. Log ind på din konto for at opdatere din betalingsmetode.',
    'page.used.title': 'Det er allerede ordnet',
    'page.used.body': 'Betalingen, som dette link gjaldt, er ordnet, så linket virker ikke længere. Du behøver ikke at gøre mere.',
    'page.signIn': 'Log ind på din konto',
    'page.help': ({ contact }) => `Brug for hjælp? Kontakt os: ${contact}`,
    'page.noscript': 'Slå JavaScript til for at opdatere din betalingsmetode sikkert.',
  },
} satisfies NotifyStrings;
