import type { NotifyStrings } from './types.js';

/** "карта Visa …" → "Вашата карта Visa …", "начин на плащане …" → "Вашият начин на плащане …" (as the banner does). */
const your = (card: string) => card.replace(/^карта|^начин/, (head) => (head === 'карта' ? 'Вашата карта' : 'Вашият начин'));

/** Bulgarian dates end with "г." ("24 ноември 2026 г."), which also ends the sentence. */
const dot = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/**
 * Bulgarian (bg): formal, capitalized "Вие"/"Ви", like the banner (`src/translations/bg.ts`).
 * The merchant's name is never inflected: it follows "за", "до" or "при".
 */
export default {
  locale: 'bg',
  messages: {
    'subject.failed': ({ merchant }) => `Плащането Ви за ${merchant} не беше успешно`,
    'subject.action_required': ({ merchant }) => `Моля, потвърдете плащането си за ${merchant}`,
    'subject.expiring': ({ merchant }) => `Картата Ви за ${merchant} скоро изтича`,
    'subject.final': ({ merchant }) => `Необходимо е действие: плащането Ви за ${merchant} все още не е уредено`,
    'subject.reminder': ({ merchant }) => `Напомняне: плащането Ви за ${merchant} все още не е уредено`,
    'subject.access_ends': ({ merchant }) => `Достъпът Ви до ${merchant} скоро ще бъде спрян`,
    'subject.recovered': ({ merchant }) => `Благодарим Ви: плащането Ви за ${merchant} премина успешно`,

    'lead.failed': ({ merchant }) => `Не успяхме да получим последното плащане по абонамента Ви за ${merchant}.`,
    'lead.action_required': ({ merchant }) => `Банката Ви иска да потвърдите последното плащане за ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Картата, която използвате за ${merchant}, скоро изтича.`,
    'lead.final': ({ merchant }) =>
      `Опитахме няколко пъти, но не успяхме да получим плащането по абонамента Ви за ${merchant} и няма да опитваме отново автоматично.`,
    'lead.reminder': ({ merchant }) => `Кратко напомняне: плащането по абонамента Ви за ${merchant} все още не е уредено.`,
    'lead.access_ends': ({ merchant }) => `Достъпът Ви до ${merchant} скоро ще бъде спрян, защото има неуредено плащане.`,
    'lead.recovered': ({ merchant }) =>
      `Благодарим Ви! Плащането Ви за ${merchant} премина успешно и абонаментът Ви е в ред.`,

    // Cyrillic is outside GSM 7-bit, so these are sent as UCS-2 (70 characters a segment): kept short.
    'sms.failed': ({ merchant, link }) => `${merchant}: плащането Ви не премина. Обновете картата тук: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: банката Ви иска да потвърдите плащане: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: картата Ви изтича преди следващото плащане. Обновете я тук: ${link}`,
    'sms.final': ({ merchant, link }) => `${merchant}: плащането Ви не е уредено и няма да го опитаме отново. Уредете го тук: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: напомняне, плащането Ви още не е уредено. Уредете го тук: ${link}`,
    'sms.access_ends': ({ merchant, link }) => `${merchant}: достъпът Ви скоро спира заради неуредено плащане. Уредете го тук: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: благодарим Ви, плащането премина успешно. Подробности: ${link}`,
    'sms.help': ({ contact }) => `Помощ: ${contact}`,

    'email.greeting': ({ name }) => `Здравейте, ${name},`,
    'email.greetingNoName': 'Здравейте,',
    'email.cta.update': 'Обновете начина на плащане',
    'email.cta.confirm': 'Потвърдете плащането',
    'email.cta.view': 'Вижте данните за плащане',
    'email.linkFallback': 'Ако бутонът не работи, копирайте тази връзка в браузъра си:',
    'email.support': ({ contact }) => `Имате въпроси? С удоволствие ще помогнем: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Получавате този имейл, защото имате абонамент при ${merchant}. Той се отнася до плащанията Ви, затова се изпраща дори ако сте се отписали от новините.`,

    'tone.soft':
      'Обикновено това е временно и с картата Ви всичко е наред: често помага да захраните сметката или да опитате отново по-късно.',
    'tone.hard': 'Тази карта вече не може да се използва за абонамента Ви. Моля, добавете друга карта или друг начин на плащане.',

    'recovered.paid': ({ amount, date }) => `На ${date} получихме ${amount}.`,
    'recovered.next': ({ date }) => `Следващото Ви плащане е на ${dot(date)}`,
    'expiring.before': ({ card, date }) =>
      `${your(card)} изтича преди следващото Ви плащане на ${dot(date)} Обновете данните си сега, за да няма прекъсване.`,
    'reminder.still': 'Отнема само минута, а абонаментът Ви продължава без прекъсване.',
    'accessEnds.when': ({ date }) => `Ако плащането не бъде уредено, достъпът Ви ще бъде спрян на ${dot(date)}`,

    'page.title': ({ merchant }) => `Обновете начина на плащане · ${merchant}`,
    'page.heading': 'Обновете начина на плащане',
    'page.intro': ({ merchant }) =>
      `Добавете нова карта или друг начин на плащане за абонамента си при ${merchant}. Не е нужно да влизате в профила си.`,
    'page.done': 'Готово. Благодарим Ви! Можете да затворите тази страница.',
    'page.invalid.title': 'Тази връзка не работи',
    'page.invalid.body':
      'Възможно е връзката да е непълна. Моля, отворете я отново от съобщението, което Ви изпратихме, или влезте в профила си, за да обновите начина на плащане.',
    'page.expired.title': 'Срокът на тази връзка е изтекъл',
    'page.expired.body':
      'За Ваша сигурност връзките за обновяване работят само ограничено време. Моля, влезте в профила си, за да обновите начина на плащане.',
    'page.used.title': 'Това вече е уредено',
    'page.used.body': 'Плащането, за което беше тази връзка, вече е уредено, затова връзката не работи. Не е нужно нищо повече.',
    'page.signIn': 'Влезте в профила си',
    'page.help': ({ contact }) => `Нуждаете се от помощ? Свържете се с нас: ${contact}`,
    'page.noscript': 'Моля, включете JavaScript, за да обновите сигурно начина на плащане.',
  },
} satisfies NotifyStrings;
