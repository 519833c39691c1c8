import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

/** How often comes before the amount: “월 5,000원”, “3개월마다 15,000원”. */
const PER: Record<BillingInterval, string> = { day: '일', week: '주', month: '월', year: '연' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: '#일마다' },
  week: { other: '#주마다' },
  month: { other: '#개월마다' },
  year: { other: '#년마다' },
};

/**
 * Korean, in polite 해요체 as the banner. `amount` and `plan` are never followed by a particle
 * that depends on their last sound: only 의, a following noun, or nothing. Dates end in 일.
 */
const ko = {
  locale: 'ko',
  dir: 'ltr',
  messages: {
    'care.offers.open': '지금 결제하기 어려우신가요?',
    'care.offers.title': '다른 방법',
    'care.offers.intro': '지금이 적절한 때가 아니라면 해지하지 않아도 돼요. 잠시 일시 중지하거나 더 작은 요금제로 변경할 수 있어요.',
    'care.offers.loading': '선택지를 불러오는 중…',
    'care.offers.error': '선택지를 불러오지 못했어요. 변경된 내용은 없어요. 잠시 후 다시 시도해 주세요.',
    'care.offers.none': '지금은 구독에 적용할 수 있는 다른 방법이 없어요. 고객 지원팀이 기꺼이 도와드릴게요.',
    'care.back': '뒤로',
    'care.confirm.title': '확정하기 전에 확인해 주세요',
    'care.working': '선택 내용을 저장하는 중…',
    'care.failed': '처리하지 못했어요. 변경된 내용은 없어요. 다시 시도해 주세요.',
    'care.refused': '이 방법은 더 이상 구독에 사용할 수 없어요. 변경된 내용은 없어요.',

    'care.pause.title': '구독 일시 중지',
    'care.pause.length': '얼마 동안 중지할까요?',
    'care.pause.months': ({ months }) => plural('ko', months, { other: '#개월' }),
    'care.pause.resumesOn': ({ date }) => `결제는 ${date}에 다시 시작돼요.`,
    'care.pause.stopsService': '그때까지 구독이 중지되며 요금이 청구되지 않아요.',
    'care.pause.keepsService': '그때까지 서비스를 계속 이용할 수 있으며 요금이 청구되지 않아요.',
    'care.pause.noAccess': '일시 중지 중에는 계정의 유료 기능을 사용할 수 없어요.',
    'care.pause.confirm': ({ months }) => plural('ko', months, { other: '#개월 동안 일시 중지' }),
    'care.pause.done': ({ date }) => `구독이 일시 중지됐어요. 결제는 ${date}에 다시 시작돼요.`,

    'care.overdue.void': ({ amount }) => `미결제 금액 ${amount}의 청구가 취소돼요. 더 이상 내지 않아도 돼요.`,
    'care.overdue.leaveOpen': ({ amount }) => `미결제 금액 ${amount}의 결제는 여전히 필요하며, 계속 청구를 시도할게요.`,

    'care.plan.title': '더 작은 요금제로 변경',
    'care.plan.current': ({ plan, price }) => `현재 요금제: ${plan} (${price})`,
    'care.plan.choose': '요금제 선택',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `오늘 등록된 결제 수단으로 ${amount} 결제가 진행되며, 이후 갱신할 때마다 청구돼요.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `다음 청구일(${date})부터 ${amount} 요금이 적용돼요.` : `다음 청구일부터 ${amount} 요금이 적용돼요.`,
    'care.plan.prorate': '현재 기간의 차액은 다음 청구서에서 정산돼요.',
    'care.plan.prorateNow': '현재 기간의 차액은 즉시 청구되거나 환불돼요.',
    'care.plan.confirm': ({ plan }) => `${plan} 요금제로 변경`,
    'care.plan.done': ({ plan }) => `이제 ${plan} 요금제를 이용하고 있어요.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${PER[interval] ?? PER.month} ${amount}` : `${plural('ko', count, EVERY[interval] ?? EVERY.month)} ${amount}`,

    'care.resume.working': '구독을 다시 시작하는 중…',
    'care.resume.done': '다시 오신 것을 환영해요! 구독이 다시 활성화됐어요.',

    'care.support.open': '고객 지원 문의',
    'care.support.subject': '결제 관련 도움 요청',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        '안녕하세요.',
        '',
        '결제와 관련해 도움이 필요합니다.',
        '',
        `화면에 표시된 내용: ${summary}`,
        ...(reason ? [`은행에서 알려 준 내용: ${reason}`] : []),
        ...(invoice ? [`청구서: ${invoice}`] : []),
        ...(amount ? [`결제할 금액: ${amount}`] : []),
        '',
        '감사합니다.',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `오늘 ${amount} 결제가 완료됐어요.`,
    'care.receipt.next': ({ date }) => `다음 결제일은 ${date}이에요.`,

    'care.rating.question': '얼마나 쉬웠나요?',
    'care.rating.send': '보내기',
    'care.rating.1': '매우 어려움',
    'care.rating.2': '어려움',
    'care.rating.3': '보통',
    'care.rating.4': '쉬움',
    'care.rating.5': '매우 쉬움',
    'care.rating.thanks': '알려 주셔서 감사해요.',
  },
} satisfies CareTranslation;

export default ko;
