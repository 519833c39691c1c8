import { plural } from './plural.js';
import type { Translation } from './types.js';

/** Filipino. */
const fil = {
  locale: 'fil',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} na nagtatapos sa ${last4}` : brand),
    'card.generic': 'card',
    'paymentMethod.generic': 'paraan ng pagbabayad',

    'state.expiring.title': 'Malapit nang mag-expire ang iyong card',
    'state.expiring.body': ({ card, days, date }) =>
      `${
        days === 0
          ? 'Mag-e-expire ngayong araw'
          : days === 1
            ? 'Mag-e-expire bukas'
            : plural('fil', days, { one: 'Mag-e-expire sa loob ng # araw', other: 'Mag-e-expire sa loob ng # araw' })
      } ang iyong ${card}${date ? ` (katapusan ng ${date})` : ''}. I-update ito para tuloy-tuloy ang iyong subscription.`,
    'state.expired.title': 'Nag-expire na ang iyong card',
    'state.expired.body': ({ card, date }) =>
      `${date ? `Nag-expire ang iyong ${card} noong katapusan ng ${date}` : `Nag-expire na ang iyong ${card}`}. I-update ito para manatiling aktibo ang iyong subscription.`,
    'state.failed.title': 'Hindi natuloy ang huli mong bayad',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Kailangan pa ring bayaran ang ${amount}.` : reason),
    'state.action_required.title': 'Kailangan ng iyong bangko na kumpirmahin mo ang isang bayad',
    'state.action_required.body': ({ amount }) =>
      `Gustong tiyakin ng iyong bangko na ikaw talaga ang nagbabayad${amount ? ` ng ${amount}` : ''}. Sandali lang ito.`,
    'state.failed.when': ({ date }) => `Una naming sinubukan ang bayad noong ${date}.`,
    'state.retry': ({ date }) => `Susubukan naming muli ang bayad sa ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Tuloy ang iyong access hanggang ${date}. I-update ang iyong mga detalye ng pagbabayad bago noon para hindi ito maputol.`,
    'state.updated.title': 'Salamat, ayos na ang lahat',
    'state.updated.body': ({ card }) => `Mula ngayon, ang iyong ${card} na ang gagamitin para sa iyong subscription.`,
    'state.recovered.body': ({ amount }) =>
      amount ? `Natanggap na namin ang iyong bayad na ${amount}. Salamat!` : 'Natanggap na namin ang iyong bayad. Salamat!',

    'state.processing.title': 'Pinoproseso na ang iyong bayad sa bangko',
    'state.processing.body': ({ amount }) =>
      `Pinoproseso ng iyong bangko ang iyong bayad${amount ? ` na ${amount}` : ''}. Maaaring umabot ito ng ilang araw ng trabaho, at wala kang kailangang gawin.`,
    'state.missing.title': 'Magdagdag ng paraan ng pagbabayad',
    'state.missing.body': ({ date }) =>
      date
        ? `Magdagdag ng paraan ng pagbabayad hanggang ${date} para tuloy-tuloy ang iyong subscription.`
        : 'Naka-pause ang iyong subscription hanggang may maidagdag na paraan ng pagbabayad. Magdagdag ng isa para magpatuloy.',

    'state.paused.title': 'Naka-pause ang iyong subscription',
    'state.paused.body': ({ date }) =>
      date ? `Hindi ka sisingilin hanggang ${date}, kapag nagsimula muli ang iyong subscription.` : 'Hindi ka sisingilin habang naka-pause ito. Ituloy ito kapag handa ka na.',
    'banner.updateCard': 'I-update ang card',
    'banner.addPaymentMethod': 'Magdagdag ng paraan ng pagbabayad',
    'banner.resume': 'Ituloy ngayon',
    'banner.confirmPayment': 'Kumpirmahin ang bayad',
    'banner.dismiss': 'Isara ang mensaheng ito',

    'decline.insufficient_funds.title': 'Kulang ang pondo',
    'decline.insufficient_funds.body':
      'Tinanggihan ng iyong bangko ang bayad dahil kulang ang pondo sa account sa ngayon. Puwede kang magdagdag ng pondo at subukang muli, o gumamit ng ibang card.',
    'decline.expired_card.title': 'Expired na ang card',
    'decline.expired_card.body': 'Tinanggihan ng iyong bangko ang bayad dahil expired na ang card. Magdagdag ng card na valid pa.',
    'decline.incorrect_cvc.title': 'Hindi tugma ang security code',
    'decline.incorrect_cvc.body':
      'Hindi tugma ang security code (ang 3 o 4 na digit sa card) sa nakatala sa iyong bangko. Pakilagay muli ang mga detalye ng card.',
    'decline.incorrect_number.title': 'Mali ang card number',
    'decline.incorrect_number.body': 'Mukhang mali ang card number. Pakisuri ito at ilagay muli.',
    'decline.incorrect_expiry.title': 'Mali ang expiry date',
    'decline.incorrect_expiry.body': 'Hindi tugma ang expiry date sa card. Pakisuri ang buwan at taon sa card at ilagay muli.',
    'decline.incorrect_address.title': 'Hindi tugma ang billing address',
    'decline.incorrect_address.body':
      'Hindi tugma ang postal code o address sa nakatala sa iyong bangko. Pakilagay ito nang eksakto gaya ng nasa iyong bangko.',
    'decline.card_not_supported.title': 'Hindi puwedeng gamitin dito ang card na ito',
    'decline.card_not_supported.body':
      'Hindi sinusuportahan ng iyong card ang ganitong uri ng bayad. Gumamit ng ibang card, o hilingin sa iyong bangko na i-enable ito.',
    'decline.currency_not_supported.title': 'Hindi sinusuportahan ng card ang currency na ito',
    'decline.currency_not_supported.body':
      'Hindi makakapagbayad ang iyong card sa currency na ito. Gumamit ng ibang card, o itanong sa iyong bangko kung puwede itong i-enable.',
    'decline.not_allowed.title': 'Hinarang ng iyong bangko ang bayad na ito',
    'decline.not_allowed.body':
      'Hindi pinapayagan ng iyong bangko ang bayad na ito sa card na ito. Puwedeng alisin ng bangko ang restriksyon, o puwede kang gumamit ng ibang card.',
    'decline.payment_stopped.title': 'Ipinahinto ang mga bayad sa amin',
    'decline.payment_stopped.body':
      'Hiniling sa iyong bangko na ihinto ang mga bayad sa amin mula sa card na ito. Kung gusto mong ituloy ang subscription, hilingin sa bangko na payagan ulit ang mga ito o gumamit ng ibang card.',
    'decline.limit_exceeded.title': 'Naabot na ang limit ng card',
    'decline.limit_exceeded.body':
      'Lalampas ang bayad sa spending limit ng iyong card. Puwede mong subukang muli kapag na-reset na ang limit, o gumamit ng ibang card.',
    'decline.call_bank.title': 'Gusto kang makausap ng iyong bangko',
    'decline.call_bank.body':
      'Tinanggihan ng iyong bangko ang bayad at hinihiling nitong makipag-ugnayan ka sa kanila. Karaniwang nasa likod ng iyong card ang numero.',
    'decline.generic.title': 'Tinanggihan ang bayad',
    'decline.generic.body':
      'Tinanggihan ng iyong bangko ang bayad nang hindi sinasabi sa amin kung bakit. Makakapagpaliwanag pa ang iyong bangko, o puwede kang gumamit ng ibang card.',
    'decline.temporary.title': 'Pansamantalang problema',
    'decline.temporary.body':
      'Nagkaproblema habang pinoproseso ang bayad, at hindi mo ito kasalanan. Pakisubukan ulit mamaya.',
    'decline.duplicate.title': 'Mukhang dobleng bayad ito',
    'decline.duplicate.body':
      'Kapapasok lang ng bayad na may parehong halaga, kaya pinigilan ng iyong bangko ang isang ito. Pakitingnan ang iyong statement bago subukang muli.',
    'decline.invalid_amount.title': 'Hindi tinanggap ng iyong bangko ang halaga',
    'decline.invalid_amount.body':
      'Hindi tinanggap ng iyong bangko ang halaga ng bayad na ito. Makipag-ugnayan sa iyong bangko, o gumamit ng ibang card.',
    'decline.new_card_details.title': 'Nagbago ang mga detalye ng iyong card',
    'decline.new_card_details.body':
      'Naglabas ang iyong bangko ng mga bagong detalye para sa card na ito. Pakilagay ang bagong detalye ng card para tuloy-tuloy ang iyong subscription.',
    'decline.account_closed.title': 'Sarado na ang account',
    'decline.account_closed.body':
      'Sarado na o hindi mahanap ang account ng paraan ng pagbabayad na ito. Gumamit ng ibang paraan ng pagbabayad.',
    'decline.authentication_required.title': 'Kailangan ng kumpirmasyon ng iyong bangko',
    'decline.authentication_required.body':
      'Gusto ng iyong bangko na kumpirmahin mo muna ang bayad na ito bago ito ituloy. Sandali lang ang pagkumpirma.',
    'decline.authentication_failed.title': 'Hindi natuloy ang kumpirmasyon',
    'decline.authentication_failed.body':
      'Hindi namin makumpirma ang bayad sa iyong bangko. Pakisubukan ulit, o gumamit ng ibang card.',
    'decline.test_card.title': 'Hindi masisingil ang card na ito',
    'decline.test_card.body': 'Hindi puwedeng gamitin ang card na ito sa totoong bayad. Gumamit ng ibang card.',
    'decline.debit_not_authorized.title': 'Hindi awtorisado ang direct debit',
    'decline.debit_not_authorized.body':
      'Ayon sa iyong bangko, hindi awtorisado o kinontra ang direct debit. Gumamit ng ibang paraan ng pagbabayad, o hilingin sa iyong bangko na payagan ito.',
    'decline.bank_account_problem.title': 'May problema sa bank account',
    'decline.bank_account_problem.body':
      'Hindi makuha ng iyong bangko ang bayad mula sa account na ito. Pakisuri ang mga detalye ng account o gumamit ng ibang paraan ng pagbabayad.',
    'decline.provider_declined.title': 'Tinanggihan ang bayad',
    'decline.provider_declined.body': 'Tinanggihan ng payment service ang bayad na ito. Gumamit ng ibang paraan ng pagbabayad.',

    'action.update_card': 'I-update ang iyong card',
    'action.use_another_method': 'Gumamit ng ibang card',
    'action.call_bank': 'Makipag-ugnayan sa iyong bangko',
    'action.confirm_with_bank': 'Kumpirmahin sa iyong bangko',
    'action.try_again_later': 'Subukang muli mamaya',

    'form.title': 'I-update ang iyong paraan ng pagbabayad',
    'form.payNow': ({ amount }) => `Sisingilin agad ng ${amount} ang iyong bagong paraan ng pagbabayad para sa bayaring dapat nang bayaran.`,
    'form.submit': 'I-save ang paraan ng pagbabayad',
    'form.cancel': 'Kanselahin',
    'form.loading': 'Nilo-load ang secure na payment form…',
    'form.saving': 'Sine-save ang iyong paraan ng pagbabayad…',
    'form.confirming': 'Hinihintay ang kumpirmasyon ng iyong bangko…',
    'form.finishing': 'Tinatapos ang iyong update…',
    'form.unavailable': 'Hindi ma-load ang payment form. Pakitingnan ang iyong koneksyon at subukang muli.',
    'form.retry': 'Subukang muli',
    'form.interrupted': 'Naputol ang koneksyon bago natapos ang iyong update. Nakatabi ang iyong mga detalye: subukang muli para matapos ito. Hindi ka sisingilin nang dalawang beses.',
    'form.rateLimited': 'Masyadong maraming pagsubok sa maikling panahon. Maghintay ng ilang minuto, saka subukang muli.',
    'form.pending': 'Pinoproseso pa ng iyong bangko ang paraan ng pagbabayad na ito. Maa-update ang iyong account sa sandaling makumpirma ito.',
    'form.microdeposits': ({ date }) =>
      `Tingnan ang iyong bank account ${date ? `bandang ${date}` : 'sa loob ng 1–2 araw ng trabaho'}: magpapadala kami rito ng maliit na deposito. Sundan ang link para ilagay ang makikita mo roon, at ang iyong bank account na ang gagamitin mula noon. Hanggang doon, hindi magbabago ang naka-save mong paraan ng pagbabayad.`,
    'form.microdepositsLink': 'I-verify ang iyong bank account',
    'form.declinedToo': 'Tinanggihan din ang card na ito. Hindi nagbago ang naka-save mong paraan ng pagbabayad, at walang siningil.',

    'wall.notNow': 'Hindi muna',
    'wall.paused': 'Naka-pause ang iyong access hangga’t hindi naaayos ang bayad.',
    'wall.continue': 'Magpatuloy',
    'wall.logout': 'Mag-log out',
    'wall.support': 'Makipag-ugnayan sa suporta',
    'wall.cancelSubscription': 'Kanselahin ang subscription',
  },
} satisfies Translation;

export default fil;
