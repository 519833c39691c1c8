import type { NotifyStrings } from './types.js';

/**
 * Swedish (sv): "du", as in the banner (`src/translations/sv.ts`): "kort", "betalning",
 * "prenumeration", "betalningsmetod". Å, ä and ö are in the GSM 7-bit alphabet, so SMS keep them.
 */
export default {
  locale: 'sv',
  messages: {
    'subject.failed': ({ merchant }) => `Din betalning till ${merchant} gick inte igenom`,
    'subject.action_required': ({ merchant }) => `Bekräfta din betalning till ${merchant}`,
    'subject.expiring': ({ merchant }) => `Ditt kort för ${merchant} går snart ut`,
    'subject.final': ({ merchant }) => `Åtgärd krävs: din betalning till ${merchant} är fortfarande inte klar`,
    'subject.reminder': ({ merchant }) => `Påminnelse: din betalning till ${merchant} är fortfarande inte klar`,
    'subject.access_ends': ({ merchant }) => `Din tillgång till ${merchant} upphör snart`,
    'subject.recovered': ({ merchant }) => `Tack! Din betalning till ${merchant} har gått igenom`,

    'lead.failed': ({ merchant }) => `Vi kunde inte dra den senaste betalningen för din prenumeration på ${merchant}.`,
    'lead.action_required': ({ merchant }) => `Din bank vill att du bekräftar den senaste betalningen till ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Kortet du använder för ${merchant} går snart ut.`,
    'lead.final': ({ merchant }) =>
      `Vi har försökt flera gånger men inte kunnat dra betalningen för din prenumeration på ${merchant}, och vi kommer inte att försöka igen automatiskt.`,
    'lead.reminder': ({ merchant }) => `En kort påminnelse: betalningen för din prenumeration på ${merchant} är fortfarande inte klar.`,
    'lead.access_ends': ({ merchant }) => `Din tillgång till ${merchant} upphör snart eftersom en betalning fortfarande inte är klar.`,
    'lead.recovered': ({ merchant }) => `Tack! Din betalning till ${merchant} har gått igenom och din prenumeration är i ordning.`,

    // SMS: GSM 7-bit characters only (å, ä, ö are), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: din betalning gick inte igenom. Uppdatera ditt kort här: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: din bank vill att du bekräftar en betalning: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: ditt kort går ut före nästa betalning. Uppdatera det här: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: din betalning är fortfarande inte klar och vi försöker inte igen. Åtgärda den här: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: påminnelse, din betalning är fortfarande inte klar. Åtgärda den här: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: din tillgång upphör snart eftersom en betalning inte är klar. Åtgärda den här: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: tack, din betalning har gått igenom. Detaljer: ${link}`,
    'sms.help': ({ contact }) => `Hjälp: ${contact}`,

    'email.greeting': ({ name }) => `Hej ${name}!`,
    'email.greetingNoName': 'Hej!',
    'email.cta.update': 'Uppdatera betalningsmetod',
    'email.cta.confirm': 'Bekräfta betalning',
    'email.cta.view': 'Visa faktureringsuppgifter',
    'email.linkFallback': 'Om knappen inte fungerar kan du kopiera den här länken till din webbläsare:',
    'email.support': ({ contact }) => `Har du frågor? Vi hjälper gärna till: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Du får det här mejlet eftersom du har en prenumeration hos ${merchant}. Det gäller din betalning, så det skickas även om du har avregistrerat dig från nyhetsutskick.`,

    'tone.soft':
      'Det här är oftast tillfälligt och det är inget fel på ditt kort: det brukar lösa sig om du sätter in pengar eller försöker igen senare.',
    'tone.hard': 'Det här kortet kan inte längre användas för din prenumeration. Lägg till ett annat kort eller en annan betalningsmetod.',

    'recovered.paid': ({ amount, date }) => `Vi tog emot ${amount} den ${date}.`,
    'recovered.next': ({ date }) => `Nästa betalning sker den ${date}.`,
    'expiring.before': ({ card, date }) =>
      `Ditt ${card} går ut före nästa betalning den ${date}. Uppdatera det nu så att inget avbryts.`,
    'reminder.still': 'Det tar bara en minut att åtgärda, och din prenumeration fortsätter som vanligt.',
    'accessEnds.when': ({ date }) => `Om betalningen inte åtgärdas upphör din tillgång den ${date}.`,

    'page.title': ({ merchant }) => `Uppdatera din betalningsmetod · ${merchant}`,
    'page.heading': 'Uppdatera din betalningsmetod',
    'page.intro': ({ merchant }) =>
      `Lägg till ett nytt kort eller en ny betalningsmetod för din prenumeration på ${merchant}. Du behöver inte logga in.`,
    'page.done': 'Klart. Tack! Du kan stänga den här sidan.',
    'page.invalid.title': 'Länken fungerar inte',
    'page.invalid.body':
      'Länken kan vara ofullständig. Öppna den igen från meddelandet vi skickade, eller logga in på ditt konto för att uppdatera din betalningsmetod.',
    'page.expired.title': 'Länken har gått ut',
    'page.expired.body':
      'Av säkerhetsskäl fungerar uppdateringslänkar bara en begränsad tid. Logga in på ditt konto för att uppdatera din betalningsmetod.',
    'page.used.title': 'Det här är redan ordnat',
    'page.used.body': 'Betalningen som länken gällde är redan ordnad, så länken fungerar inte längre. Du behöver inte göra något mer.',
    'page.signIn': 'Logga in på ditt konto',
    'page.help': ({ contact }) => `Behöver du hjälp? Kontakta oss: ${contact}`,
    'page.noscript': 'Aktivera JavaScript för att uppdatera din betalningsmetod på ett säkert sätt.',
  },
} satisfies NotifyStrings;
