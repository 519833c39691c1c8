import type { NotifyStrings } from './types.js';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A long Russian date ends in "г.": a sentence that ends with one gets no second full stop. */
const sentence = (s: string) => (s.endsWith('.') ? s : `${s}.`);

/**
 * Russian (ru): "вы" in lower case, as in the banner (`src/translations/ru.ts`): "карта", "платёж",
 * "подписка", "способ оплаты". Cyrillic SMS are UCS-2 in any case, so they are kept very short.
 */
export default {
  locale: 'ru',
  messages: {
    'subject.failed': ({ merchant }) => `Платёж за ${merchant} не прошёл`,
    'subject.action_required': ({ merchant }) => `Подтвердите платёж за ${merchant}`,
    'subject.expiring': ({ merchant }) => `Срок действия карты для оплаты ${merchant} скоро истекает`,
    'subject.final': ({ merchant }) => `Требуется действие: платёж за ${merchant} по-прежнему не прошёл`,
    'subject.reminder': ({ merchant }) => `Напоминание: платёж за ${merchant} по-прежнему не прошёл`,
    'subject.access_ends': ({ merchant }) => `Доступ к ${merchant} скоро закончится`,
    'subject.recovered': ({ merchant }) => `Спасибо: платёж за ${merchant} прошёл`,

    'lead.failed': ({ merchant }) => `Нам не удалось списать последний платёж за вашу подписку ${merchant}.`,
    'lead.action_required': ({ merchant }) => `Ваш банк просит подтвердить последний платёж за ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Скоро истекает срок действия карты, которой вы оплачиваете ${merchant}.`,
    'lead.final': ({ merchant }) =>
      `Мы несколько раз пытались списать платёж за вашу подписку ${merchant}, но безуспешно, и больше не будем пытаться автоматически.`,
    'lead.reminder': ({ merchant }) => `Небольшое напоминание: платёж за вашу подписку ${merchant} всё ещё не прошёл.`,
    'lead.access_ends': ({ merchant }) => `Ваш доступ к ${merchant} скоро закончится, потому что платёж всё ещё не прошёл.`,
    'lead.recovered': ({ merchant }) => `Спасибо! Платёж за ${merchant} прошёл, с вашей подпиской всё в порядке.`,

    // SMS: no amount, no digits, no name; Cyrillic is UCS-2 anyway, so as short as possible.
    'sms.failed': ({ merchant, link }) => `${merchant}: платёж не прошёл. Обновите карту: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: банк просит подтвердить платёж: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: карта перестанет действовать до следующего платежа. Обновите её: ${link}`,
    'sms.final': ({ merchant, link }) => `${merchant}: платёж не прошёл, повторных попыток не будет. Обновите данные: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: напоминаем, платёж всё ещё не прошёл. Обновите данные: ${link}`,
    'sms.access_ends': ({ merchant, link }) => `${merchant}: доступ скоро закончится, так как платёж не прошёл. Обновите данные: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: спасибо, платёж прошёл. Подробнее: ${link}`,
    'sms.help': ({ contact }) => `Помощь: ${contact}`,

    'email.greeting': ({ name }) => `Здравствуйте, ${name}!`,
    'email.greetingNoName': 'Здравствуйте!',
    'email.cta.update': 'Обновить способ оплаты',
    'email.cta.confirm': 'Подтвердить платёж',
    'email.cta.view': 'Открыть сведения об оплате',
    'email.linkFallback': 'Если кнопка не работает, скопируйте эту ссылку в браузер:',
    'email.support': ({ contact }) => `Есть вопросы? Мы с радостью поможем: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Вы получили это письмо, потому что у вас есть подписка ${merchant}. Оно касается оплаты, поэтому приходит, даже если вы отписались от новостей.`,

    'tone.soft': 'Обычно это временно, и с картой всё в порядке: чаще всего помогает пополнить счёт или повторить попытку позже.',
    'tone.hard': 'Эту карту больше нельзя использовать для подписки. Добавьте другую карту или способ оплаты.',

    'recovered.paid': ({ amount, date }) => `${date} мы получили ${amount}.`,
    'recovered.next': ({ date }) => sentence(`Следующий платёж запланирован на ${date}`),
    'expiring.before': ({ card, date }) =>
      `${cap(card)} перестанет действовать до следующего платежа (${date}). Обновите данные карты сейчас, чтобы подписка продолжала работать без перерывов.`,
    'reminder.still': 'Это займёт всего минуту, а подписка продолжит работать.',
    'accessEnds.when': ({ date }) => sentence(`Если платёж не пройдёт, доступ закончится ${date}`),

    'page.title': ({ merchant }) => `Обновите способ оплаты · ${merchant}`,
    'page.heading': 'Обновите способ оплаты',
    'page.intro': ({ merchant }) => `Добавьте новую карту или другой способ оплаты для подписки ${merchant}. Входить в аккаунт не нужно.`,
    'page.done': 'Готово. Спасибо! Эту страницу можно закрыть.',
    'page.invalid.title': 'Ссылка не работает',
    'page.invalid.body':
      'Возможно, ссылка неполная. Откройте её ещё раз из нашего сообщения или войдите в аккаунт, чтобы обновить способ оплаты.',
    'page.expired.title': 'Срок действия ссылки истёк',
    'page.expired.body':
      'В целях безопасности ссылки для обновления действуют ограниченное время. Войдите в аккаунт, чтобы обновить способ оплаты.',
    'page.used.title': 'Всё уже в порядке',
    'page.used.body':
      'Вопрос с платежом, к которому относилась эта ссылка, уже решён, поэтому она больше не действует. Больше ничего делать не нужно.',
    'page.signIn': 'Войти в аккаунт',
    'page.help': ({ contact }) => `Нужна помощь? Свяжитесь с нами: ${contact}`,
    'page.noscript': 'Включите JavaScript, чтобы безопасно обновить способ оплаты.',
  },
} satisfies NotifyStrings;
