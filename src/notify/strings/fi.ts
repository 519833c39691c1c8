import type { NotifyStrings } from './types.js';

/** Capitalizes a card description that opens a sentence ("kortti •••• 4242" → "Kortti •••• 4242"), as the banner does. */
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Finnish (fi): "sinä", like the banner (`src/translations/fi.ts`). The merchant's name never
 * takes a case ending: it follows "palvelussa" or "palveluun". An open payment is "hoitamatta",
 * as in the banner's "kunnes maksu on hoidettu".
 */
export default {
  locale: 'fi',
  messages: {
    'subject.failed': ({ merchant }) => `Maksusi palvelussa ${merchant} ei mennyt läpi`,
    'subject.action_required': ({ merchant }) => `Vahvista maksusi palvelussa ${merchant}`,
    'subject.expiring': ({ merchant }) => `Palvelussa ${merchant} käyttämäsi kortti vanhenee pian`,
    'subject.final': ({ merchant }) => `Vaatii toimia: maksusi palvelussa ${merchant} on yhä hoitamatta`,
    'subject.reminder': ({ merchant }) => `Muistutus: maksusi palvelussa ${merchant} on yhä hoitamatta`,
    'subject.access_ends': ({ merchant }) => `Käyttöoikeutesi palveluun ${merchant} päättyy pian`,
    'subject.recovered': ({ merchant }) => `Kiitos: maksusi palvelussa ${merchant} meni läpi`,

    'lead.failed': ({ merchant }) => `Emme saaneet veloitettua viimeisintä maksua tilauksestasi palvelussa ${merchant}.`,
    'lead.action_required': ({ merchant }) => `Pankkisi pyytää sinua vahvistamaan viimeisimmän maksusi palvelussa ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Kortti, jota käytät palvelussa ${merchant}, on vanhenemassa.`,
    'lead.final': ({ merchant }) =>
      `Yritimme useita kertoja, mutta emme saaneet veloitettua maksua tilauksestasi palvelussa ${merchant}, emmekä enää yritä uudelleen itse.`,
    'lead.reminder': ({ merchant }) => `Pieni muistutus: tilauksesi maksu palvelussa ${merchant} on yhä hoitamatta.`,
    'lead.access_ends': ({ merchant }) => `Käyttöoikeutesi palveluun ${merchant} on päättymässä, koska yksi maksu on yhä hoitamatta.`,
    'lead.recovered': ({ merchant }) => `Kiitos! Maksusi palvelussa ${merchant} meni läpi, ja tilauksesi on kunnossa.`,

    // SMS: ä and ö are GSM 7-bit; straight apostrophes only, no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: maksusi ei mennyt läpi. Päivitä korttisi täällä: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: pankkisi pyytää sinua vahvistamaan maksun: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: korttisi vanhenee ennen seuraavaa maksua. Päivitä se täällä: ${link}`,
    'sms.final': ({ merchant, link }) => `${merchant}: maksusi on hoitamatta, emmekä yritä sitä uudelleen. Hoida se täällä: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: muistutus, maksusi on yhä hoitamatta. Hoida se täällä: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: käyttöoikeutesi päättyy pian hoitamattoman maksun vuoksi. Hoida se täällä: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: kiitos, maksusi meni läpi. Tiedot: ${link}`,
    'sms.help': ({ contact }) => `Tuki: ${contact}`,

    'email.greeting': ({ name }) => `Hei ${name},`,
    'email.greetingNoName': 'Hei,',
    'email.cta.update': 'Päivitä maksutapa',
    'email.cta.confirm': 'Vahvista maksu',
    'email.cta.view': 'Näytä laskutustiedot',
    'email.linkFallback': 'Jos painike ei toimi, kopioi tämä linkki selaimeesi:',
    'email.support': ({ contact }) => `Kysyttävää? Autamme mielellämme: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Saat tämän sähköpostin, koska sinulla on tilaus palvelussa ${merchant}. Viesti koskee laskutustasi, joten lähetämme sen, vaikka olisit perunut uutiskirjeen tilauksen.`,

    'tone.soft':
      'Tämä on yleensä tilapäistä, eikä kortissasi ole mitään vikaa: usein auttaa, kun siirrät tilille rahaa tai yrität myöhemmin uudelleen.',
    'tone.hard': 'Tätä korttia ei voi enää käyttää tilauksesi maksamiseen. Lisää toinen kortti tai maksutapa.',

    'recovered.paid': ({ amount, date }) => `Maksu ${amount} vastaanotettiin ${date}.`,
    'recovered.next': ({ date }) => `Seuraava maksusi erääntyy ${date}.`,
    'expiring.before': ({ card, date }) =>
      `${cap(card)} vanhenee ennen seuraavaa maksuasi ${date}. Päivitä kortti nyt, niin mikään ei katkea.`,
    'reminder.still': 'Asian hoitaminen vie vain minuutin, ja tilauksesi jatkuu.',
    'accessEnds.when': ({ date }) => `Jos maksua ei hoideta, käyttöoikeutesi päättyy ${date}.`,

    'page.title': ({ merchant }) => `Päivitä maksutapasi · ${merchant}`,
    'page.heading': 'Päivitä maksutapasi',
    'page.intro': ({ merchant }) => `Lisää uusi kortti tai maksutapa tilaukseesi palvelussa ${merchant}. Kirjautumista ei tarvita.`,
    'page.done': 'Valmista. Kiitos! Voit sulkea tämän sivun.',
    'page.invalid.title': 'Tämä linkki ei toimi',
    'page.invalid.body':
      'Linkki saattaa olla puutteellinen. Avaa se uudelleen lähettämästämme viestistä tai kirjaudu tilillesi päivittääksesi maksutapasi.',
    'page.expired.title': 'Tämä linkki on vanhentunut',
    'page.expired.body':
      'Turvallisuutesi vuoksi päivityslinkit toimivat vain rajoitetun ajan. Kirjaudu tilillesi päivittääksesi maksutapasi.',
    'page.used.title': 'Tämä on jo hoidettu',
    'page.used.body': 'Maksu, jota tämä linkki koski, on jo hoidettu, joten linkki ei enää toimi. Muuta ei tarvita.',
    'page.signIn': 'Kirjaudu tilillesi',
    'page.help': ({ contact }) => `Tarvitsetko apua? Ota meihin yhteyttä: ${contact}`,
    'page.noscript': 'Ota JavaScript käyttöön, jotta voit päivittää maksutapasi turvallisesti.',
  },
} satisfies NotifyStrings;
