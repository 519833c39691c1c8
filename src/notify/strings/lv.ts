import type { NotifyStrings } from './types.js';

/**
 * Latvian (lv): polite "Jūs", capitalised, as the banner (`src/translations/lv.ts`): maksājums,
 * karte, abonements, maksājuma veids; an open payment is "nav nokārtots". Dates arrive in the
 * nominative ("2026. gada 24. novembris"), so, as in the banner, they follow a label or a colon.
 */
export default {
  locale: 'lv',
  messages: {
    'subject.failed': ({ merchant }) => `Jūsu ${merchant} maksājums neizdevās`,
    'subject.action_required': ({ merchant }) => `Lūdzu, apstipriniet savu ${merchant} maksājumu`,
    'subject.expiring': ({ merchant }) => `Kartei, ar kuru maksājat par ${merchant}, drīz beigsies derīguma termiņš`,
    'subject.final': ({ merchant }) => `Nepieciešama rīcība: Jūsu ${merchant} maksājums joprojām nav nokārtots`,
    'subject.reminder': ({ merchant }) => `Atgādinājums: Jūsu ${merchant} maksājums joprojām nav nokārtots`,
    'subject.access_ends': ({ merchant }) => `Jūsu piekļuve pakalpojumam ${merchant} drīz beigsies`,
    'subject.recovered': ({ merchant }) => `Paldies: Jūsu ${merchant} maksājums ir veiksmīgi veikts`,

    'lead.failed': ({ merchant }) => `Mums neizdevās iekasēt pēdējo Jūsu ${merchant} abonementa maksājumu.`,
    'lead.action_required': ({ merchant }) => `Jūsu banka lūdz apstiprināt pēdējo ${merchant} maksājumu.`,
    'lead.expiring': ({ merchant }) => `Kartei, ar kuru maksājat par ${merchant}, drīz beigsies derīguma termiņš.`,
    'lead.final': ({ merchant }) =>
      `Mēģinājām vairākas reizes, taču neizdevās iekasēt Jūsu ${merchant} abonementa maksājumu, un paši vairs nemēģināsim.`,
    'lead.reminder': ({ merchant }) => `Īss atgādinājums: Jūsu ${merchant} abonementa maksājums joprojām nav nokārtots.`,
    'lead.access_ends': ({ merchant }) =>
      `Jūsu piekļuve pakalpojumam ${merchant} drīz beigsies, jo viens maksājums joprojām nav nokārtots.`,
    'lead.recovered': ({ merchant }) =>
      `Paldies! Jūsu ${merchant} maksājums ir veiksmīgi veikts, un abonements turpinās kā ierasts.`,

    // SMS: straight apostrophes only, no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: maksājums neizdevās. Atjauniniet karti šeit: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: Jūsu banka lūdz apstiprināt maksājumu: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: karte nebūs derīga līdz nākamajam maksājumam. Atjauniniet šeit: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: maksājums nav nokārtots, un vairs nemēģināsim. Nokārtojiet šeit: ${link}`,
    'sms.reminder': ({ merchant, link }) =>
      `${merchant}: atgādinām, maksājums joprojām nav nokārtots. Nokārtojiet šeit: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: nenokārtota maksājuma dēļ piekļuve drīz beigsies. Nokārtojiet šeit: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: paldies, maksājums ir veikts. Sīkāk: ${link}`,
    'sms.help': ({ contact }) => `Palīdzība: ${contact}`,

    'email.greeting': ({ name }) => `Labdien, ${name}!`,
    'email.greetingNoName': 'Labdien!',
    'email.cta.update': 'Atjaunināt maksājuma veidu',
    'email.cta.confirm': 'Apstiprināt maksājumu',
    'email.cta.view': 'Skatīt norēķinu informāciju',
    'email.linkFallback': 'Ja poga nedarbojas, iekopējiet šo saiti pārlūkprogrammā:',
    'email.support': ({ contact }) => `Radās jautājumi? Labprāt palīdzēsim: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Jūs saņemat šo e-pasta ziņojumu, jo Jums ir ${merchant} abonements. Tas attiecas uz norēķiniem, tāpēc tiek nosūtīts arī tad, ja esat atteikušies no jaunumiem.`,

    'tone.soft':
      'Parasti tas ir īslaicīgi, un ar Jūsu karti viss ir kārtībā: bieži palīdz papildināt kontu vai mēģināt vēlreiz vēlāk.',
    'tone.hard': 'Šo karti vairs nevar izmantot Jūsu abonementam. Lūdzu, pievienojiet citu karti vai citu maksājuma veidu.',

    'recovered.paid': ({ amount, date }) => `Mēs saņēmām ${amount} (datums: ${date}).`,
    'recovered.next': ({ date }) => `Nākamā maksājuma datums: ${date}.`,
    'expiring.before': ({ card, date }) =>
      `Jūsu ${card} nebūs derīga līdz nākamajam maksājumam (datums: ${date}). Atjauniniet datus jau tagad, lai nekas netiktu pārtraukts.`,
    'reminder.still': 'Tas aizņems tikai minūti, un abonements turpināsies bez pārtraukuma.',
    'accessEnds.when': ({ date }) => `Ja maksājums netiks nokārtots, Jūsu piekļuves beigu datums būs: ${date}.`,

    'page.title': ({ merchant }) => `Atjauniniet maksājuma veidu · ${merchant}`,
    'page.heading': 'Atjauniniet maksājuma veidu',
    'page.intro': ({ merchant }) =>
      `Pievienojiet jaunu karti vai maksājuma veidu savam ${merchant} abonementam. Pierakstīties nav nepieciešams.`,
    'page.done': 'Viss gatavs. Paldies! Šo lapu varat aizvērt.',
    'page.invalid.title': 'Šī saite nedarbojas',
    'page.invalid.body':
      'Iespējams, saite nav pilnīga. Atveriet to vēlreiz no mūsu nosūtītā ziņojuma vai pierakstieties savā kontā un atjauniniet maksājuma veidu tur.',
    'page.expired.title': 'Šīs saites derīguma termiņš ir beidzies',
    'page.expired.body':
      'Jūsu drošībai atjaunināšanas saites ir derīgas tikai ierobežotu laiku. Pierakstieties savā kontā un atjauniniet maksājuma veidu tur.',
    'page.used.title': 'Tas jau ir nokārtots',
    'page.used.body':
      'Maksājums, kuram bija paredzēta šī saite, jau ir nokārtots, tāpēc saite vairs nedarbojas. Nekas cits nav jādara.',
    'page.signIn': 'Pierakstīties savā kontā',
    'page.help': ({ contact }) => `Nepieciešama palīdzība? Sazinieties ar mums: ${contact}`,
    'page.noscript': 'Lūdzu, ieslēdziet JavaScript, lai droši atjauninātu maksājuma veidu.',
  },
} satisfies NotifyStrings;
