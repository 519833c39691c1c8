import { plural } from './plural.js';
import type { Translation } from './types.js';

const CARD = 'карта';
const METHOD = 'способ оплаты';
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Russian. */
const ru = {
  locale: 'ru',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => {
      const card = brand === CARD || brand === METHOD ? brand : `${CARD} ${brand}`;
      // In words: a screen reader reads bullets aloud as "bullet bullet bullet bullet".
      return last4 ? `${card} с последними цифрами ${last4}` : card;
    },
    'card.generic': CARD,
    'paymentMethod.generic': METHOD,

    'state.expiring.title': 'Срок действия карты скоро истекает',
    'state.expiring.body': ({ card, days, date }) =>
      `${cap(card)} ${
        days === 0
          ? 'действует последний день'
          : days === 1
            ? 'перестанет действовать завтра'
            : plural('ru', days, {
                one: 'перестанет действовать через # день',
                few: 'перестанет действовать через # дня',
                many: 'перестанет действовать через # дней',
                other: 'перестанет действовать через # дня',
              })
      }${date ? ` (срок действия: ${date})` : ''}. Обновите данные карты, чтобы подписка продолжала работать без перерывов.`,
    'state.expired.title': 'Срок действия карты истёк',
    'state.expired.body': ({ card, date }) =>
      `${cap(card)} больше не действует${date ? ` (срок действия: ${date})` : ''}. Обновите данные карты, чтобы подписка оставалась активной.`,
    'state.failed.title': 'Последний платёж не прошёл',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Остаётся оплатить ${amount}.` : reason),
    'state.action_required.title': 'Банк просит подтвердить платёж',
    'state.action_required.body': ({ amount }) =>
      `Ваш банк хочет убедиться, что платёж${amount ? ` на ${amount}` : ''} совершаете именно вы. Это займёт всего минуту.`,
    'state.failed.when': ({ date }) => `${date} мы впервые попытались провести платёж.`,
    'state.retry': ({ date }) => `${date} мы попробуем провести платёж ещё раз.`,
    'state.accessEnds': ({ date }) =>
      `Доступ сохранится до ${date} — обновите платёжные данные до этой даты, чтобы не потерять его.`,
    'state.updated.title': 'Спасибо, всё готово',
    'state.updated.body': ({ card }) => `Теперь для подписки будет использоваться ${card}.`,
    'state.recovered.body': ({ amount }) =>
      amount ? `Платёж на ${amount} прошёл успешно. Спасибо!` : 'Платёж прошёл успешно. Спасибо!',

    'state.processing.title': 'Ваш банковский платёж обрабатывается',
    'state.processing.body': ({ amount }) =>
      `Ваш банк обрабатывает платёж${amount ? ` на ${amount}` : ''}. Это может занять несколько рабочих дней, от вас ничего не требуется.`,
    'state.missing.title': 'Добавьте способ оплаты',
    'state.missing.body': ({ date }) =>
      date
        ? `Добавьте способ оплаты до ${date}, чтобы подписка продолжала работать.`
        : 'Подписка приостановлена, пока не будет добавлен способ оплаты.',

    'banner.updateCard': 'Обновить карту',
    'banner.addPaymentMethod': 'Добавить способ оплаты',
    'banner.confirmPayment': 'Подтвердить платёж',
    'banner.dismiss': 'Закрыть сообщение',

    'decline.insufficient_funds.title': 'Недостаточно средств',
    'decline.insufficient_funds.body':
      'Банк отклонил платёж: на счёте сейчас недостаточно средств. Пополните счёт и попробуйте снова или используйте другую карту.',
    'decline.expired_card.title': 'Срок действия карты истёк',
    'decline.expired_card.body': 'Банк отклонил платёж, потому что срок действия карты истёк. Добавьте действующую карту.',
    'decline.incorrect_cvc.title': 'Код безопасности не совпал',
    'decline.incorrect_cvc.body':
      'Код безопасности (3 или 4 цифры на карте) не совпадает с данными банка. Введите данные карты ещё раз.',
    'decline.incorrect_number.title': 'Неверный номер карты',
    'decline.incorrect_number.body': 'Похоже, номер карты указан неверно. Проверьте его и введите ещё раз.',
    'decline.incorrect_expiry.title': 'Неверный срок действия',
    'decline.incorrect_expiry.body':
      'Срок действия не совпадает с данными карты. Проверьте месяц и год на карте и введите их ещё раз.',
    'decline.incorrect_address.title': 'Платёжный адрес не совпал',
    'decline.incorrect_address.body':
      'Почтовый индекс или адрес не совпадает с данными вашего банка. Введите их точно так, как они указаны в банке.',
    'decline.card_not_supported.title': 'Эту карту здесь использовать нельзя',
    'decline.card_not_supported.body':
      'Ваша карта не поддерживает такой тип платежа. Используйте другую карту или попросите банк включить эту возможность.',
    'decline.currency_not_supported.title': 'Карта не поддерживает эту валюту',
    'decline.currency_not_supported.body':
      'С вашей карты нельзя платить в этой валюте. Используйте другую карту или узнайте в банке, можно ли это включить.',
    'decline.not_allowed.title': 'Банк заблокировал этот платёж',
    'decline.not_allowed.body':
      'Ваш банк не разрешает такой платёж по этой карте. Банк может снять ограничение, или вы можете использовать другую карту.',
    'decline.payment_stopped.title': 'Платежи в наш адрес остановлены',
    'decline.payment_stopped.body':
      'Банк получил распоряжение остановить платежи с этой карты в наш адрес. Чтобы сохранить подписку, попросите банк снова их разрешить или используйте другую карту.',
    'decline.limit_exceeded.title': 'Достигнут лимит по карте',
    'decline.limit_exceeded.body':
      'Платёж превысил бы лимит расходов по вашей карте. Попробуйте снова, когда лимит обновится, или используйте другую карту.',
    'decline.call_bank.title': 'Банк просит связаться с ним',
    'decline.call_bank.body':
      'Банк отклонил платёж и просит вас связаться с ним. Номер телефона обычно указан на обратной стороне карты.',
    'decline.generic.title': 'Платёж отклонён',
    'decline.generic.body':
      'Банк отклонил платёж, но не сообщил нам причину. Узнайте подробности в своём банке или используйте другую карту.',
    'decline.temporary.title': 'Временная неполадка',
    'decline.temporary.body':
      'При обработке платежа что-то пошло не так, и вы в этом не виноваты. Попробуйте ещё раз чуть позже.',
    'decline.duplicate.title': 'Похоже на повторный платёж',
    'decline.duplicate.body':
      'Совсем недавно прошёл платёж на ту же сумму, поэтому банк остановил этот. Проверьте выписку, прежде чем пробовать снова.',
    'decline.invalid_amount.title': 'Банк не принял сумму',
    'decline.invalid_amount.body': 'Ваш банк не принял сумму этого платежа. Свяжитесь с банком или используйте другую карту.',
    'decline.new_card_details.title': 'Данные карты изменились',
    'decline.new_card_details.body':
      'Банк выпустил новые реквизиты для этой карты. Введите новые данные карты, чтобы подписка продолжала работать.',
    'decline.account_closed.title': 'Счёт закрыт',
    'decline.account_closed.body':
      'Счёт, привязанный к этому способу оплаты, закрыт или не найден. Используйте другой способ оплаты.',
    'decline.authentication_required.title': 'Нужно подтверждение банка',
    'decline.authentication_required.body':
      'Банк просит вас подтвердить этот платёж, прежде чем провести его. Это займёт всего минуту.',
    'decline.authentication_failed.title': 'Подтверждение не прошло',
    'decline.authentication_failed.body':
      'Не удалось подтвердить платёж в вашем банке. Попробуйте ещё раз или используйте другую карту.',
    'decline.test_card.title': 'С этой карты нельзя списать оплату',
    'decline.test_card.body': 'Эту карту нельзя использовать для реальных платежей. Используйте другую карту.',
    'decline.debit_not_authorized.title': 'Списание со счёта не разрешено',
    'decline.debit_not_authorized.body':
      'По словам банка, списание не было разрешено или было оспорено. Используйте другой способ оплаты или попросите банк разрешить списание.',
    'decline.bank_account_problem.title': 'Проблема с банковским счётом',
    'decline.bank_account_problem.body':
      'Банку не удалось списать платёж с этого счёта. Проверьте реквизиты счёта или используйте другой способ оплаты.',
    'decline.provider_declined.title': 'Платёж отклонён',
    'decline.provider_declined.body': 'Платёжный сервис отклонил этот платёж. Используйте другой способ оплаты.',

    'action.update_card': 'Обновите карту',
    'action.use_another_method': 'Используйте другую карту',
    'action.call_bank': 'Свяжитесь с банком',
    'action.confirm_with_bank': 'Подтвердите платёж в банке',
    'action.try_again_later': 'Попробуйте позже',

    'form.title': 'Обновите способ оплаты',
    'form.payNow': ({ amount }) => `С нового способа оплаты сразу будет списано ${amount} в счёт просроченного платежа.`,
    'form.submit': 'Сохранить способ оплаты',
    'form.cancel': 'Отмена',
    'form.loading': 'Загружаем защищённую форму оплаты…',
    'form.saving': 'Сохраняем способ оплаты…',
    'form.confirming': 'Ждём подтверждения от вашего банка…',
    'form.finishing': 'Завершаем обновление…',
    'form.unavailable': 'Не удалось загрузить форму оплаты. Проверьте подключение и попробуйте ещё раз.',
    'form.retry': 'Попробовать ещё раз',
    'form.interrupted': 'Соединение прервалось до завершения обновления. Ваши данные сохранены: попробуйте ещё раз, чтобы завершить. Дважды деньги не спишутся.',
    'form.rateLimited': 'Слишком много попыток за короткое время. Подождите несколько минут и попробуйте снова.',
    'form.pending': 'Ваш банк ещё обрабатывает этот способ оплаты. Аккаунт обновится, как только он будет подтверждён.',
    'form.microdeposits': ({ date }) =>
      `Проверьте банковский счёт ${date ? `около ${date}` : 'через 1–2 рабочих дня'}: мы отправим на него небольшую сумму. Введите по ссылке то, что увидите в зачислении. До тех пор сохранённый способ оплаты не меняется.`,
    'form.microdepositsLink': 'Подтвердить банковский счёт',
    'form.declinedToo': 'Эта карта тоже отклонена. Сохранённый способ оплаты не изменился, и деньги не списаны.',

    'wall.notNow': 'Не сейчас',
    'wall.paused': 'Доступ приостановлен до решения вопроса с оплатой.',
    'wall.continue': 'Продолжить',
    'wall.logout': 'Выйти',
    'wall.support': 'Связаться с поддержкой',
    'wall.cancelSubscription': 'Отменить подписку',
  },
} satisfies Translation;

export default ru;
