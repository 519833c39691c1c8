import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

/** Bulgarian long dates end with “г.”, which also ends the sentence. */
const dot = (s: string) => (s.endsWith('.') ? s : `${s}.`);

const PER: Record<BillingInterval, string> = { day: 'на ден', week: 'на седмица', month: 'на месец', year: 'на година' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { one: 'на всеки # ден', other: 'на всеки # дни' },
  week: { one: 'на всяка # седмица', other: 'на всеки # седмици' },
  month: { one: 'на всеки # месец', other: 'на всеки # месеца' },
  year: { one: 'на всяка # година', other: 'на всеки # години' },
};

/** Bulgarian (formal, capitalized “Вие”/“Ви”, as the banner). */
const bg = {
  locale: 'bg',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Не можете да платите сега?',
    'care.offers.title': 'Други възможности',
    'care.offers.intro': 'Ако сега не е удобен момент, не е нужно да се отказвате. Можете да направите пауза или да преминете към по-малък план.',
    'care.offers.loading': 'Зареждаме възможностите Ви…',
    'care.offers.error': 'Възможностите Ви не можаха да се заредят и нищо не е променено. Моля, опитайте отново след малко.',
    'care.offers.none': 'В момента няма друга възможност за Вашия абонамент. Екипът ни по поддръжката с радост ще Ви помогне.',
    'care.back': 'Назад',
    'care.confirm.title': 'Моля, проверете, преди да потвърдите',
    'care.working': 'Запазваме избора Ви…',
    'care.failed': 'Не се получи и нищо не е променено. Моля, опитайте отново.',
    'care.refused': 'Тази възможност вече не е налична за Вашия абонамент. Нищо не е променено.',

    'care.pause.title': 'Пауза на абонамента',
    'care.pause.length': 'За колко време?',
    'care.pause.months': ({ months }) => plural('bg', months, { one: '# месец', other: '# месеца' }),
    'care.pause.resumesOn': ({ date }) => `Плащанията се възобновяват на ${dot(date)}`,
    'care.pause.stopsService': 'Дотогава абонаментът Ви е спрян и няма да бъдете таксувани.',
    'care.pause.keepsService': 'Можете да продължите да ползвате услугата и няма да бъдете таксувани дотогава.',
    'care.pause.noAccess': 'Докато е на пауза, няма да можете да ползвате платените функции на профила си.',
    'care.pause.confirm': ({ months }) => plural('bg', months, { one: 'Пауза за # месец', other: 'Пауза за # месеца' }),
    'care.pause.done': ({ date }) => `Абонаментът Ви е на пауза. Плащанията се възобновяват на ${dot(date)}`,

    'care.overdue.void': ({ amount }) => `Неплатената сума от ${amount} ще бъде анулирана: няма да я дължите.`,
    'care.overdue.leaveOpen': ({ amount }) => `Неплатената сума от ${amount} все още е дължима и ще продължим да се опитваме да я съберем.`,

    'care.plan.title': 'Преминаване към по-малък план',
    'care.plan.current': ({ plan, price }) => `Текущият Ви план е ${plan} (${price}).`,
    'care.plan.choose': 'Изберете план',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Днес ще бъдат таксувани ${amount} от запазения Ви начин на плащане, а след това при всяко подновяване.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Ще плащате ${amount} от следващата си сметка на ${dot(date)}` : `Ще плащате ${amount} от следващата си сметка.`,
    'care.plan.prorate': 'Евентуалната разлика за текущия период ще бъде уредена в следващата Ви сметка.',
    'care.plan.prorateNow': 'Евентуалната разлика за текущия период се таксува или възстановява веднага.',
    'care.plan.confirm': ({ plan }) => `Преминаване към ${plan}`,
    'care.plan.done': ({ plan }) => `Вече сте на план ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('bg', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Възобновяваме абонамента Ви…',
    'care.resume.done': 'Добре дошли отново! Абонаментът Ви отново е активен.',

    'care.support.open': 'Свържете се с поддръжката',
    'care.support.subject': 'Помощ с моето плащане',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Здравейте,',
        '',
        'Нуждая се от помощ с плащането си.',
        '',
        `Какво виждам: ${summary}`,
        ...(reason ? [`Какво каза банката: ${reason}`] : []),
        ...(invoice ? [`Фактура: ${invoice}`] : []),
        ...(amount ? [`Дължима сума: ${amount}`] : []),
        '',
        'Благодаря',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Днес бяха платени ${amount}.`,
    'care.receipt.next': ({ date }) => `Следващото Ви плащане е на ${dot(date)}`,

    'care.rating.question': 'Колко лесно беше?',
    'care.rating.send': 'Изпрати',
    'care.rating.1': 'Много трудно',
    'care.rating.2': 'Трудно',
    'care.rating.3': 'Нито лесно, нито трудно',
    'care.rating.4': 'Лесно',
    'care.rating.5': 'Много лесно',
    'care.rating.thanks': 'Благодарим Ви, че споделихте.',
  },
} satisfies CareTranslation;

export default bg;
