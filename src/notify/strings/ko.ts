import type { NotifyStrings } from './types.js';

/**
 * Korean (ko): polite 해요체 throughout, as the banner (`src/translations/ko.ts`): 결제, 카드, 구독,
 * 결제 수단. Like the banner, `merchant`, `card`, `amount` and `date` are never followed by a
 * particle that depends on their last sound (은/는, 이/가, 을/를): only 의, 에, a noun, or a colon.
 */
export default {
  locale: 'ko',
  messages: {
    'subject.failed': ({ merchant }) => `${merchant} 결제가 완료되지 않았어요`,
    'subject.action_required': ({ merchant }) => `${merchant} 결제를 확인해 주세요`,
    'subject.expiring': ({ merchant }) => `${merchant}에 등록된 카드가 곧 만료돼요`,
    'subject.final': ({ merchant }) => `조치가 필요해요: ${merchant} 결제가 아직 완료되지 않았어요`,
    'subject.reminder': ({ merchant }) => `알림: ${merchant} 결제가 아직 완료되지 않았어요`,
    'subject.access_ends': ({ merchant }) => `${merchant} 이용이 곧 종료돼요`,
    'subject.recovered': ({ merchant }) => `감사합니다. ${merchant} 결제가 완료됐어요`,

    'lead.failed': ({ merchant }) => `${merchant} 구독의 최근 결제를 처리하지 못했어요.`,
    'lead.action_required': ({ merchant }) => `은행에서 ${merchant}의 최근 결제를 확인해 달라고 요청했어요.`,
    'lead.expiring': ({ merchant }) => `${merchant} 결제에 사용하는 카드의 유효기간이 곧 만료돼요.`,
    'lead.final': ({ merchant }) =>
      `여러 번 시도했지만 ${merchant} 구독 결제를 처리하지 못했어요. 앞으로는 자동으로 다시 시도하지 않아요.`,
    'lead.reminder': ({ merchant }) => `잠깐 알려 드려요. ${merchant} 구독 결제가 아직 완료되지 않았어요.`,
    'lead.access_ends': ({ merchant }) => `아직 완료되지 않은 결제가 있어서 ${merchant} 이용이 곧 종료돼요.`,
    'lead.recovered': ({ merchant }) => `감사합니다! ${merchant} 결제가 완료되어 구독이 그대로 유지돼요.`,

    // SMS: Korean is always UCS-2 (70 characters a segment), so the lines are kept short.
    'sms.failed': ({ merchant, link }) => `${merchant}: 결제가 완료되지 않았어요. 카드 업데이트: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: 은행에서 결제 확인을 요청했어요: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: 다음 결제 전에 카드가 만료돼요. 카드 업데이트: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: 결제가 완료되지 않았고 더 이상 재시도하지 않아요. 해결하기: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: 결제가 아직 완료되지 않았어요. 해결하기: ${link}`,
    'sms.access_ends': ({ merchant, link }) => `${merchant}: 미완료 결제로 이용이 곧 종료돼요. 해결하기: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: 결제가 완료됐어요. 감사합니다. 자세히 보기: ${link}`,
    'sms.help': ({ contact }) => `문의: ${contact}`,

    'email.greeting': ({ name }) => `안녕하세요, ${name}님.`,
    'email.greetingNoName': '안녕하세요.',
    'email.cta.update': '결제 수단 업데이트',
    'email.cta.confirm': '결제 확인',
    'email.cta.view': '청구 정보 보기',
    'email.linkFallback': '버튼이 작동하지 않으면 이 링크를 복사해 브라우저에 붙여 넣어 주세요:',
    'email.support': ({ contact }) => `궁금한 점이 있으면 언제든 문의해 주세요: ${contact}`,
    'email.footer': ({ merchant }) =>
      `${merchant} 구독을 이용하고 계셔서 이 이메일을 보내 드려요. 결제에 관한 안내라서 소식 수신을 거부하셨더라도 발송돼요.`,

    'tone.soft': '보통 일시적인 문제이고 카드에는 이상이 없어요. 잔액을 채우거나 나중에 다시 시도하면 해결되는 경우가 많아요.',
    'tone.hard': '이 카드는 더 이상 구독 결제에 사용할 수 없어요. 다른 카드나 결제 수단을 추가해 주세요.',

    'recovered.paid': ({ amount, date }) => `${date}에 ${amount} 결제를 받았어요.`,
    'recovered.next': ({ date }) => `다음 결제는 ${date}에 예정되어 있어요.`,
    'expiring.before': ({ card, date }) =>
      `다음 결제일(${date}) 전에 ${card}의 유효기간이 만료돼요. 구독이 중단되지 않도록 지금 업데이트해 주세요.`,
    'reminder.still': '해결하는 데 1분이면 충분하고, 구독은 그대로 유지돼요.',
    'accessEnds.when': ({ date }) => `결제 문제가 해결되지 않으면 ${date}에 이용이 종료돼요.`,

    'page.title': ({ merchant }) => `결제 수단 업데이트 · ${merchant}`,
    'page.heading': '결제 수단 업데이트',
    'page.intro': ({ merchant }) => `${merchant} 구독에 사용할 새 카드나 결제 수단을 추가해 주세요. 로그인은 필요 없어요.`,
    'page.done': '모두 완료됐어요. 감사합니다! 이 페이지를 닫으셔도 돼요.',
    'page.invalid.title': '이 링크는 사용할 수 없어요',
    'page.invalid.body':
      '링크가 일부 잘렸을 수 있어요. 보내 드린 메시지에서 링크를 다시 열거나, 계정에 로그인해서 결제 수단을 업데이트해 주세요.',
    'page.expired.title': '링크가 만료됐어요',
    'page.expired.body':
      '보안을 위해 업데이트 링크는 일정 시간 동안만 사용할 수 있어요. 계정에 로그인해서 결제 수단을 업데이트해 주세요.',
    'page.used.title': '이미 해결됐어요',
    'page.used.body': '이 링크와 관련된 결제가 이미 해결되어 링크가 더 이상 작동하지 않아요. 더 하실 일은 없어요.',
    'page.signIn': '계정에 로그인',
    'page.help': ({ contact }) => `도움이 필요하신가요? 문의하기: ${contact}`,
    'page.noscript': '결제 수단을 안전하게 업데이트하려면 JavaScript를 켜 주세요.',
  },
} satisfies NotifyStrings;
