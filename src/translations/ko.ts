import { plural } from './plural.js';
import type { Translation } from './types.js';

/**
 * Korean, in polite 해요체 throughout. `card` and `amount` are never followed by a particle that
 * depends on their last sound (은/는, 이/가, 을/를): only 의, 에서 or a following noun.
 */
const ko = {
  locale: 'ko',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `끝자리가 ${last4}인 ${brand}` : brand),
    'card.generic': '카드',
    'paymentMethod.generic': '결제 수단',

    'state.expiring.title': '카드 유효기간이 곧 만료돼요',
    'state.expiring.body': ({ card, days, date }) =>
      `${card}의 유효기간${date ? `(${date} 말)` : ''}이 ${
        days === 0 ? '오늘' : days === 1 ? '내일' : plural('ko', days, { other: '#일 후에' })
      } 만료돼요. 구독이 끊기지 않도록 카드 정보를 업데이트해 주세요.`,
    'state.expired.title': '카드 유효기간이 만료됐어요',
    'state.expired.body': ({ card, date }) =>
      `${card}의 유효기간이 ${date ? `${date} 말에 ` : ''}만료됐어요. 구독을 계속 이용하려면 카드 정보를 업데이트해 주세요.`,
    'state.failed.title': '지난 결제가 완료되지 않았어요',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} ${amount} 결제가 아직 남아 있어요.` : reason),
    'state.action_required.title': '은행에서 결제 확인을 요청했어요',
    'state.action_required.body': ({ amount }) =>
      `은행에서 ${amount ? `${amount} ` : '이 '}결제를 본인이 한 것이 맞는지 확인하려고 해요. 잠깐이면 끝나요.`,
    'state.failed.when': ({ date }) => `${date}에 처음 결제를 시도했어요.`,
    'state.retry': ({ date }) => `${date}에 결제를 다시 시도할게요.`,
    'state.accessEnds': ({ date }) => `${date}까지는 계속 이용할 수 있어요. 그 후에도 이용하려면 그 전에 결제 정보를 업데이트해 주세요.`,
    'state.updated.title': '감사합니다. 모두 완료됐어요',
    'state.updated.body': ({ card }) => `앞으로 구독 요금은 ${card}에서 결제돼요.`,
    'state.recovered.body': ({ amount }) => `${amount ? `${amount} ` : ''}결제가 완료됐어요. 감사합니다!`,

    'state.processing.title': '은행 결제가 처리되고 있어요',
    'state.processing.body': ({ amount }) =>
      `은행에서 ${amount ? `${amount} ` : ''}결제를 처리하고 있어요. 영업일 기준 며칠 걸릴 수 있지만 따로 하실 일은 없어요.`,
    'state.missing.title': '결제 수단을 추가해 주세요',
    'state.missing.body': ({ date }) =>
      date
        ? `구독을 계속 이용하려면 ${date}까지 결제 수단을 추가해 주세요.`
        : '결제 수단이 추가될 때까지 구독이 일시 중지되어 있어요. 계속하려면 결제 수단을 추가해 주세요.',

    'state.paused.title': '구독이 일시 중지되었습니다',
    'state.paused.body': ({ date }) =>
      date ? `구독이 다시 시작되는 ${date}까지는 요금이 청구되지 않습니다.` : '일시 중지 중에는 요금이 청구되지 않습니다. 준비되면 언제든 다시 시작하세요.',
    'banner.updateCard': '카드 업데이트',
    'banner.addPaymentMethod': '결제 수단 추가',
    'banner.resume': '지금 다시 시작',
    'banner.confirmPayment': '결제 확인',
    'banner.dismiss': '이 메시지 닫기',

    'decline.insufficient_funds.title': '잔액이 부족해요',
    'decline.insufficient_funds.body':
      '지금 계좌 잔액이 부족해서 은행에서 결제를 거절했어요. 잔액을 채운 뒤 다시 시도하거나 다른 카드를 사용해 주세요.',
    'decline.expired_card.title': '카드 유효기간이 만료됐어요',
    'decline.expired_card.body': '카드 유효기간이 만료되어 은행에서 결제를 거절했어요. 유효한 카드를 추가해 주세요.',
    'decline.incorrect_cvc.title': '보안 코드가 일치하지 않아요',
    'decline.incorrect_cvc.body':
      '보안 코드(카드에 적힌 3~4자리 숫자)가 은행에 등록된 정보와 일치하지 않아요. 카드 정보를 다시 입력해 주세요.',
    'decline.incorrect_number.title': '카드 번호가 올바르지 않아요',
    'decline.incorrect_number.body': '카드 번호가 올바르지 않은 것 같아요. 확인한 뒤 다시 입력해 주세요.',
    'decline.incorrect_expiry.title': '유효기간이 올바르지 않아요',
    'decline.incorrect_expiry.body': '유효기간이 카드와 일치하지 않아요. 카드에 적힌 월과 연도를 확인한 뒤 다시 입력해 주세요.',
    'decline.incorrect_address.title': '청구지 주소가 일치하지 않아요',
    'decline.incorrect_address.body':
      '우편번호나 주소가 은행에 등록된 정보와 일치하지 않아요. 은행에 등록된 그대로 입력해 주세요.',
    'decline.card_not_supported.title': '이 카드는 여기서 사용할 수 없어요',
    'decline.card_not_supported.body':
      '이 카드는 이런 종류의 결제를 지원하지 않아요. 다른 카드를 사용하거나 은행에 사용 설정을 요청해 주세요.',
    'decline.currency_not_supported.title': '이 카드는 이 통화를 지원하지 않아요',
    'decline.currency_not_supported.body':
      '이 카드로는 이 통화로 결제할 수 없어요. 다른 카드를 사용하거나, 사용할 수 있는지 은행에 문의해 주세요.',
    'decline.not_allowed.title': '은행에서 결제를 차단했어요',
    'decline.not_allowed.body':
      '은행에서 이 카드로는 이 결제를 허용하지 않아요. 은행에 제한 해제를 요청하거나 다른 카드를 사용해 주세요.',
    'decline.payment_stopped.title': '저희 서비스 결제가 중지됐어요',
    'decline.payment_stopped.body':
      '이 카드로 저희 서비스에 결제하지 않도록 은행에 중지 요청이 되어 있어요. 구독을 유지하려면 은행에 다시 허용해 달라고 요청하거나 다른 카드를 사용해 주세요.',
    'decline.limit_exceeded.title': '카드 한도를 초과했어요',
    'decline.limit_exceeded.body':
      '이 결제로 카드 사용 한도를 넘게 돼요. 한도가 초기화된 뒤 다시 시도하거나 다른 카드를 사용해 주세요.',
    'decline.call_bank.title': '은행에 연락해 주세요',
    'decline.call_bank.body': '은행에서 결제를 거절하고 연락을 요청했어요. 전화번호는 보통 카드 뒷면에 있어요.',
    'decline.generic.title': '결제가 거절됐어요',
    'decline.generic.body':
      '은행에서 이유를 알려 주지 않고 결제를 거절했어요. 은행에 문의해 자세히 알아보거나 다른 카드를 사용해 주세요.',
    'decline.temporary.title': '일시적인 문제가 생겼어요',
    'decline.temporary.body': '결제를 처리하는 중에 문제가 생겼어요. 고객님 잘못이 아니에요. 잠시 후 다시 시도해 주세요.',
    'decline.duplicate.title': '중복 결제로 보여요',
    'decline.duplicate.body':
      '같은 금액의 결제가 방금 완료되어 은행에서 이번 결제를 막았어요. 다시 시도하기 전에 이용 내역을 확인해 주세요.',
    'decline.invalid_amount.title': '은행에서 금액을 승인하지 않았어요',
    'decline.invalid_amount.body': '은행에서 이 결제 금액을 승인하지 않았어요. 은행에 문의하거나 다른 카드를 사용해 주세요.',
    'decline.new_card_details.title': '카드 정보가 변경됐어요',
    'decline.new_card_details.body': '은행에서 이 카드의 새 정보를 발급했어요. 구독이 끊기지 않도록 새 카드 정보를 입력해 주세요.',
    'decline.account_closed.title': '계좌가 해지됐어요',
    'decline.account_closed.body': '이 결제 수단에 연결된 계좌가 해지됐거나 찾을 수 없어요. 다른 결제 수단을 사용해 주세요.',
    'decline.authentication_required.title': '은행 인증이 필요해요',
    'decline.authentication_required.body': '결제를 완료하려면 은행에서 이 결제를 먼저 확인해야 해요. 확인은 잠깐이면 끝나요.',
    'decline.authentication_failed.title': '인증이 완료되지 않았어요',
    'decline.authentication_failed.body': '은행에서 결제를 확인하지 못했어요. 다시 시도하거나 다른 카드를 사용해 주세요.',
    'decline.test_card.title': '이 카드로는 결제할 수 없어요',
    'decline.test_card.body': '이 카드는 실제 결제에 사용할 수 없어요. 다른 카드를 사용해 주세요.',
    'decline.debit_not_authorized.title': '자동이체가 승인되지 않았어요',
    'decline.debit_not_authorized.body':
      '은행에 따르면 자동이체가 승인되지 않았거나 이의 제기가 있었어요. 다른 결제 수단을 사용하거나 은행에 허용을 요청해 주세요.',
    'decline.bank_account_problem.title': '은행 계좌에 문제가 있어요',
    'decline.bank_account_problem.body':
      '은행이 이 계좌에서 결제 금액을 출금하지 못했어요. 계좌 정보를 확인하거나 다른 결제 수단을 사용해 주세요.',
    'decline.provider_declined.title': '결제가 거절됐어요',
    'decline.provider_declined.body': '결제 서비스에서 이 결제를 거절했어요. 다른 결제 수단을 사용해 주세요.',

    'action.update_card': '카드 업데이트하기',
    'action.use_another_method': '다른 카드 사용하기',
    'action.call_bank': '은행에 문의하기',
    'action.confirm_with_bank': '은행에서 확인하기',
    'action.try_again_later': '나중에 다시 시도하기',

    'form.title': '결제 수단 업데이트',
    'form.payNow': ({ amount }) => `새 결제 수단으로 미납 금액(${amount})이 바로 청구돼요.`,
    'form.submit': '결제 수단 저장',
    'form.cancel': '취소',
    'form.loading': '보안 결제 양식을 불러오는 중…',
    'form.saving': '결제 수단을 저장하는 중…',
    'form.confirming': '은행의 확인을 기다리는 중…',
    'form.finishing': '업데이트를 마무리하는 중…',
    'form.unavailable': '결제 양식을 불러오지 못했어요. 연결 상태를 확인하고 다시 시도해 주세요.',
    'form.retry': '다시 시도',
    'form.interrupted': '업데이트가 끝나기 전에 연결이 끊어졌어요. 입력한 정보는 그대로 있으니 다시 시도해서 마무리해 주세요. 두 번 청구되지 않아요.',
    'form.rateLimited': '짧은 시간에 시도가 너무 많았어요. 몇 분 기다린 후 다시 시도해 주세요.',
    'form.pending': '은행에서 아직 이 결제 수단을 처리하고 있어요. 확인되는 대로 계정이 업데이트돼요.',
    'form.microdeposits': ({ date }) =>
      `${date ? `${date}쯤` : '영업일 기준 1~2일 후'} 은행 계좌를 확인해 주세요. 소액을 입금해 드려요. 링크에서 입금 내역에 표시된 내용을 입력하면 그때부터 은행 계좌가 사용돼요. 그 전까지는 등록된 결제 수단이 그대로 유지돼요.`,
    'form.microdepositsLink': '은행 계좌 인증',
    'form.declinedToo': '이 카드도 거절되었습니다. 등록된 결제 수단은 변경되지 않았으며 청구된 금액도 없습니다.',

    'wall.notNow': '나중에',
    'wall.paused': '결제 문제가 해결될 때까지 이용이 일시 중지되었어요.',
    'wall.continue': '계속',
    'wall.logout': '로그아웃',
    'wall.support': '고객 지원 문의',
    'wall.cancelSubscription': '구독 취소',
  },
} satisfies Translation;

export default ko;
