import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

/** Russian long dates end with “г.”, which also ends the sentence. */
const dot = (s: string) => (s.endsWith('.') ? s : `${s}.`);

const PER: Record<BillingInterval, string> = { day: 'в день', week: 'в неделю', month: 'в месяц', year: 'в год' };
/** “раз в 3 месяца”: the unit after the number in the accusative. */
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { one: 'раз в # день', few: 'раз в # дня', many: 'раз в # дней', other: 'раз в # дня' },
  week: { one: 'раз в # неделю', few: 'раз в # недели', many: 'раз в # недель', other: 'раз в # недели' },
  month: { one: 'раз в # месяц', few: 'раз в # месяца', many: 'раз в # месяцев', other: 'раз в # месяца' },
  year: { one: 'раз в # год', few: 'раз в # года', many: 'раз в # лет', other: 'раз в # года' },
};

/** Russian (formal “вы”, lowercase, as the banner). */
const ru = {
  locale: 'ru',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Не получается оплатить сейчас?',
    'care.offers.title': 'Другие варианты',
    'care.offers.intro': 'Если сейчас неподходящее время, отказываться от подписки не обязательно. Можно взять паузу или перейти на более дешёвый тариф.',
    'care.offers.loading': 'Загружаем варианты…',
    'care.offers.error': 'Не удалось загрузить варианты, ничего не изменилось. Попробуйте ещё раз чуть позже.',
    'care.offers.none': 'Сейчас для вашей подписки нет других вариантов. Наша служба поддержки с радостью поможет.',
    'care.back': 'Назад',
    'care.confirm.title': 'Проверьте, прежде чем подтвердить',
    'care.working': 'Сохраняем ваш выбор…',
    'care.failed': 'Не получилось, ничего не изменилось. Попробуйте ещё раз.',
    'care.refused': 'Этот вариант больше недоступен для вашей подписки. Ничего не изменилось.',

    'care.pause.title': 'Приостановить подписку',
    'care.pause.length': 'На какой срок?',
    'care.pause.months': ({ months }) => plural('ru', months, { one: '# месяц', few: '# месяца', many: '# месяцев', other: '# месяца' }),
    'care.pause.resumesOn': ({ date }) => `Списания возобновятся ${dot(date)}`,
    'care.pause.stopsService': 'До этого времени подписка приостановлена, и списаний не будет.',
    'care.pause.keepsService': 'Вы можете и дальше пользоваться сервисом, а списаний до этого времени не будет.',
    'care.pause.noAccess': 'Пока подписка приостановлена, платные функции вашего аккаунта будут недоступны.',
    'care.pause.confirm': ({ months }) =>
      plural('ru', months, { one: 'Приостановить на # месяц', few: 'Приостановить на # месяца', many: 'Приостановить на # месяцев', other: 'Приостановить на # месяца' }),
    'care.pause.done': ({ date }) => `Подписка приостановлена. Списания возобновятся ${dot(date)}`,

    'care.overdue.void': ({ amount }) => `Неоплаченный счёт на ${amount} будет аннулирован — платить его не нужно.`,
    'care.overdue.leaveOpen': ({ amount }) => `Неоплаченный счёт на ${amount} по-прежнему нужно оплатить, и мы продолжим попытки списания.`,

    'care.plan.title': 'Перейти на более дешёвый тариф',
    'care.plan.current': ({ plan, price }) => `Ваш текущий тариф: ${plan} (${price}).`,
    'care.plan.choose': 'Выберите тариф',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Сегодня с сохранённого способа оплаты будет списано ${amount}, а затем — при каждом продлении.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Со следующего счёта (${date}) вы будете платить ${amount}.` : `Со следующего счёта вы будете платить ${amount}.`,
    'care.plan.prorate': 'Разница за текущий период будет учтена в следующем счёте.',
    'care.plan.prorateNow': 'Разница за текущий период будет сразу списана или возвращена.',
    'care.plan.confirm': ({ plan }) => `Перейти на тариф ${plan}`,
    'care.plan.done': ({ plan }) => `Теперь ваш тариф — ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('ru', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Возобновляем подписку…',
    'care.resume.done': 'С возвращением! Ваша подписка снова активна.',

    'care.support.open': 'Связаться с поддержкой',
    'care.support.subject': 'Помощь с оплатой',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Здравствуйте!',
        '',
        'Мне нужна помощь с оплатой.',
        '',
        `Что я вижу: ${summary}`,
        ...(reason ? [`Что ответил банк: ${reason}`] : []),
        ...(invoice ? [`Счёт: ${invoice}`] : []),
        ...(amount ? [`Сумма к оплате: ${amount}`] : []),
        '',
        'Спасибо',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Сегодня оплачено ${amount}.`,
    'care.receipt.next': ({ date }) => `Следующий платёж — ${dot(date)}`,

    'care.rating.question': 'Насколько это было просто?',
    'care.rating.send': 'Отправить',
    'care.rating.1': 'Очень сложно',
    'care.rating.2': 'Сложно',
    'care.rating.3': 'Ни просто, ни сложно',
    'care.rating.4': 'Просто',
    'care.rating.5': 'Очень просто',
    'care.rating.thanks': 'Спасибо, что поделились.',
  },
} satisfies CareTranslation;

export default ru;
