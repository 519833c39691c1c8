import type { NotifyStrings } from './types.js';

/**
 * As the banner: the article before a day of the month assimilates to how the number is read
 * (fl-1, fit-2, fil-5, fis-6, fid-9, fl-24). Days 1 to 31, one letter each.
 */
const ARTICLE = 'fttfisstdfittfisstdfittfisstdti';
const on = (date: string) => {
  const a = ARTICLE[parseInt(date, 10) - 1];
  if (!a) return `fi ${date}`;
  const l = a === 'f' || a === 'i' ? 'l' : a;
  return `${a === 'f' ? 'f' : 'fi'}${l}-${date}`;
};

/**
 * Maltese (mt): informal "int" (tiegħek), as the banner (`src/translations/mt.ts`): ħlas, karta,
 * abbonament, metodu ta’ ħlas; an open payment is "pendenti". `card` arrives as "karta Visa •••• 4242"
 * and takes the article "il-". SMS use straight apostrophes; the Maltese letters stay.
 */
export default {
  locale: 'mt',
  messages: {
    'subject.failed': ({ merchant }) => `Il-ħlas tiegħek għal ${merchant} ma għaddiex`,
    'subject.action_required': ({ merchant }) => `Jekk jogħġbok ikkonferma l-ħlas tiegħek għal ${merchant}`,
    'subject.expiring': ({ merchant }) => `Il-karta tiegħek għal ${merchant} se tiskadi dalwaqt`,
    'subject.final': ({ merchant }) => `Azzjoni meħtieġa: il-ħlas tiegħek għal ${merchant} għadu pendenti`,
    'subject.reminder': ({ merchant }) => `Tfakkira: il-ħlas tiegħek għal ${merchant} għadu pendenti`,
    'subject.access_ends': ({ merchant }) => `L-aċċess tiegħek għal ${merchant} se jispiċċa dalwaqt`,
    'subject.recovered': ({ merchant }) => `Grazzi: il-ħlas tiegħek għal ${merchant} għadda`,

    'lead.failed': ({ merchant }) => `Ma rnexxilniex nieħdu l-aħħar ħlas għall-abbonament tiegħek ma’ ${merchant}.`,
    'lead.action_required': ({ merchant }) => `Il-bank tiegħek jeħtieġ li tikkonferma l-aħħar ħlas għal ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Il-karta li tuża għal ${merchant} se tiskadi dalwaqt.`,
    'lead.final': ({ merchant }) =>
      `Ippruvajna diversi drabi, iżda ma rnexxilniex nieħdu l-ħlas għall-abbonament tiegħek ma’ ${merchant}, u mhux se nerġgħu nippruvaw waħedna.`,
    'lead.reminder': ({ merchant }) =>
      `Tfakkira qasira: il-ħlas għall-abbonament tiegħek ma’ ${merchant} għadu pendenti.`,
    'lead.access_ends': ({ merchant }) =>
      `L-aċċess tiegħek għal ${merchant} se jispiċċa dalwaqt għax hemm ħlas li għadu pendenti.`,
    'lead.recovered': ({ merchant }) =>
      `Grazzi! Il-ħlas tiegħek għal ${merchant} għadda, u l-abbonament tiegħek jibqa’ għaddej.`,

    // SMS: straight apostrophes only, no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: il-ħlas tiegħek ma għaddiex. Aġġorna l-karta hawn: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: il-bank tiegħek jeħtieġ li tikkonferma ħlas: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: il-karta tiegħek tiskadi qabel il-ħlas li jmiss. Aġġornaha hawn: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: il-ħlas għadu pendenti u mhux se nerġgħu nippruvaw. Irranġah hawn: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: tfakkira, il-ħlas tiegħek għadu pendenti. Irranġah hawn: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: l-aċċess tiegħek se jispiċċa għax ħlas għadu pendenti. Irranġah hawn: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: grazzi, il-ħlas tiegħek għadda. Dettalji: ${link}`,
    'sms.help': ({ contact }) => `Għajnuna: ${contact}`,

    'email.greeting': ({ name }) => `Bongu ${name},`,
    'email.greetingNoName': 'Bongu,',
    'email.cta.update': 'Aġġorna l-metodu ta’ ħlas',
    'email.cta.confirm': 'Ikkonferma l-ħlas',
    'email.cta.view': 'Ara d-dettalji tal-fatturazzjoni',
    'email.linkFallback': 'Jekk il-buttuna ma taħdimx, ikkopja din il-link fil-browser tiegħek:',
    'email.support': ({ contact }) => `Għandek xi mistoqsija? Ninsabu hawn biex ngħinuk: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Qed tirċievi din l-email għax għandek abbonament ma’ ${merchant}. Tikkonċerna l-ħlasijiet tiegħek, għalhekk tintbagħat anke jekk għażilt li ma tirċevix aħbarijiet.`,

    'tone.soft':
      'Normalment din hija ħaġa temporanja u m’hemm xejn ħażin bil-karta tiegħek: spiss jgħin li żżid il-fondi jew terġa’ tipprova aktar tard.',
    'tone.hard':
      'Din il-karta ma tistax tibqa’ tintuża għall-abbonament tiegħek. Jekk jogħġbok żid karta jew metodu ta’ ħlas ieħor.',

    'recovered.paid': ({ amount, date }) => `Irċevejna ${amount} ${on(date)}.`,
    'recovered.next': ({ date }) => `Il-ħlas li jmiss huwa dovut ${on(date)}.`,
    'expiring.before': ({ card, date }) =>
      `Il-${card} tiskadi qabel il-ħlas li jmiss ${on(date)}. Aġġornaha issa biex xejn ma jiġi interrott.`,
    'reminder.still': 'Tieħu minuta biss biex tirranġaha, u l-abbonament tiegħek jibqa’ għaddej.',
    'accessEnds.when': ({ date }) => `Jekk il-ħlas ma jissolviex, l-aċċess tiegħek jispiċċa ${on(date)}.`,

    'page.title': ({ merchant }) => `Aġġorna l-metodu ta’ ħlas tiegħek · ${merchant}`,
    'page.heading': 'Aġġorna l-metodu ta’ ħlas tiegħek',
    'page.intro': ({ merchant }) =>
      `Żid karta jew metodu ta’ ħlas ġdid għall-abbonament tiegħek ma’ ${merchant}. M’hemmx bżonn tidħol fil-kont.`,
    'page.done': 'Lest. Grazzi! Tista’ tagħlaq din il-paġna.',
    'page.invalid.title': 'Din il-link ma taħdimx',
    'page.invalid.body':
      'Il-link tista’ ma tkunx kompluta. Erġa’ iftaħha mill-messaġġ li bgħatnielek, jew idħol fil-kont tiegħek biex taġġorna l-metodu ta’ ħlas.',
    'page.expired.title': 'Din il-link skadiet',
    'page.expired.body':
      'Għas-sigurtà tiegħek, il-links tal-aġġornament jaħdmu għal żmien limitat biss. Idħol fil-kont tiegħek biex taġġorna l-metodu ta’ ħlas.',
    'page.used.title': 'Dan diġà ssolva',
    'page.used.body':
      'Il-ħlas li kienet għalih din il-link diġà ssolva, għalhekk il-link ma għadhiex taħdem. M’hemm bżonn xejn aktar.',
    'page.signIn': 'Idħol fil-kont tiegħek',
    'page.help': ({ contact }) => `Għandek bżonn għajnuna? Ikkuntattjana: ${contact}`,
    'page.noscript': 'Jekk jogħġbok ixgħel il-JavaScript biex taġġorna l-metodu ta’ ħlas b’mod sigur.',
  },
} satisfies NotifyStrings;
