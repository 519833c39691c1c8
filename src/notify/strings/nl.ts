import type { NotifyStrings } from './types.js';

/**
 * Dutch (nl): informal "je", as the banner (`src/translations/nl.ts`): betaling, kaart,
 * abonnement, betaalmethode; an open payment "staat nog open". SMS avoid accented letters
 * ("voor", not "vóór") so they stay GSM 7-bit.
 */
export default {
  locale: 'nl',
  messages: {
    'subject.failed': ({ merchant }) => `Je betaling aan ${merchant} is niet gelukt`,
    'subject.action_required': ({ merchant }) => `Bevestig je betaling aan ${merchant}`,
    'subject.expiring': ({ merchant }) => `Je kaart voor ${merchant} verloopt binnenkort`,
    'subject.final': ({ merchant }) => `Actie nodig: je betaling aan ${merchant} staat nog open`,
    'subject.reminder': ({ merchant }) => `Herinnering: je betaling aan ${merchant} staat nog open`,
    'subject.access_ends': ({ merchant }) => `Je toegang tot ${merchant} stopt binnenkort`,
    'subject.recovered': ({ merchant }) => `Bedankt: je betaling aan ${merchant} is gelukt`,

    'lead.failed': ({ merchant }) => `We konden de laatste betaling voor je abonnement bij ${merchant} niet afschrijven.`,
    'lead.action_required': ({ merchant }) => `Je bank vraagt je de laatste betaling aan ${merchant} te bevestigen.`,
    'lead.expiring': ({ merchant }) => `De kaart die je voor ${merchant} gebruikt, verloopt binnenkort.`,
    'lead.final': ({ merchant }) =>
      `We hebben het een paar keer geprobeerd, maar konden de betaling voor je abonnement bij ${merchant} niet afschrijven, en we proberen het niet meer vanzelf opnieuw.`,
    'lead.reminder': ({ merchant }) => `Even een herinnering: de betaling voor je abonnement bij ${merchant} staat nog open.`,
    'lead.access_ends': ({ merchant }) => `Je toegang tot ${merchant} stopt binnenkort, omdat er nog een betaling openstaat.`,
    'lead.recovered': ({ merchant }) =>
      `Bedankt! Je betaling aan ${merchant} is gelukt en je abonnement is weer helemaal in orde.`,

    // SMS: GSM 7-bit characters only (straight apostrophes), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: je betaling is niet gelukt. Werk je kaart hier bij: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: je bank vraagt je een betaling te bevestigen: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: je kaart verloopt voor je volgende betaling. Werk hem hier bij: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: je betaling staat nog open en we proberen het niet opnieuw. Regel het hier: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: herinnering, je betaling staat nog open. Regel het hier: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: je toegang stopt binnenkort omdat er een betaling openstaat. Regel het hier: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: bedankt, je betaling is gelukt. Details: ${link}`,
    'sms.help': ({ contact }) => `Hulp: ${contact}`,

    'email.greeting': ({ name }) => `Hoi ${name},`,
    'email.greetingNoName': 'Hallo,',
    'email.cta.update': 'Betaalmethode bijwerken',
    'email.cta.confirm': 'Betaling bevestigen',
    'email.cta.view': 'Betaalgegevens bekijken',
    'email.linkFallback': 'Werkt de knop niet? Kopieer dan deze link naar je browser:',
    'email.support': ({ contact }) => `Vragen? We helpen je graag: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Je ontvangt deze e-mail omdat je een abonnement hebt bij ${merchant}. Het gaat over je betalingen, dus je krijgt hem ook als je je voor nieuwsbrieven hebt afgemeld.`,

    'tone.soft':
      'Dit is meestal tijdelijk en er is niets mis met je kaart: vaak helpt het om geld bij te storten of het later opnieuw te proberen.',
    'tone.hard': 'Deze kaart kan niet meer voor je abonnement worden gebruikt. Voeg een andere kaart of betaalmethode toe.',

    'recovered.paid': ({ amount, date }) => `We hebben ${amount} ontvangen op ${date}.`,
    'recovered.next': ({ date }) => `Je volgende betaling staat gepland op ${date}.`,
    'expiring.before': ({ card, date }) =>
      `Je ${card} verloopt vóór je volgende betaling op ${date}. Werk je gegevens nu bij, zodat er niets onderbroken wordt.`,
    'reminder.still': 'Het is zo geregeld en je abonnement loopt gewoon door.',
    'accessEnds.when': ({ date }) => `Als de betaling niet wordt geregeld, stopt je toegang op ${date}.`,

    'page.title': ({ merchant }) => `Werk je betaalmethode bij · ${merchant}`,
    'page.heading': 'Werk je betaalmethode bij',
    'page.intro': ({ merchant }) =>
      `Voeg een nieuwe kaart of betaalmethode toe voor je abonnement bij ${merchant}. Inloggen is niet nodig.`,
    'page.done': 'Helemaal klaar. Bedankt! Je kunt deze pagina sluiten.',
    'page.invalid.title': 'Deze link werkt niet',
    'page.invalid.body':
      'De link is misschien niet compleet. Open hem opnieuw vanuit het bericht dat we je hebben gestuurd, of log in op je account om je betaalmethode bij te werken.',
    'page.expired.title': 'Deze link is verlopen',
    'page.expired.body':
      'Voor je veiligheid werken links om je gegevens bij te werken maar een beperkte tijd. Log in op je account om je betaalmethode bij te werken.',
    'page.used.title': 'Dit is al geregeld',
    'page.used.body':
      'De betaling waar deze link voor was, is al geregeld, dus de link werkt niet meer. Je hoeft verder niets te doen.',
    'page.signIn': 'Inloggen op je account',
    'page.help': ({ contact }) => `Hulp nodig? Neem contact met ons op: ${contact}`,
    'page.noscript': 'Zet JavaScript aan om je betaalmethode veilig bij te werken.',
  },
} satisfies NotifyStrings;
