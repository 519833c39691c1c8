import type { NotifyStrings } from './types.js';

/**
 * Simplified Chinese (zh, Mainland China), addressing the reader as 您, as in the banner
 * (`src/translations/zh.ts`): 银行卡, 付款, 订阅, 付款方式. Full-width punctuation, no space around the
 * merchant's name (the banner's rule for Latin words). SMS open with the sender in 【】, the way
 * Chinese service SMS are signed; Chinese SMS are UCS-2 in any case, so they are kept short.
 */
export default {
  locale: 'zh',
  messages: {
    'subject.failed': ({ merchant }) => `您的${merchant}付款未成功`,
    'subject.action_required': ({ merchant }) => `请确认您的${merchant}付款`,
    'subject.expiring': ({ merchant }) => `您用于${merchant}的银行卡即将到期`,
    'subject.final': ({ merchant }) => `需要您处理：您的${merchant}付款仍未完成`,
    'subject.reminder': ({ merchant }) => `提醒：您的${merchant}付款仍未完成`,
    'subject.access_ends': ({ merchant }) => `您的${merchant}使用权限即将终止`,
    'subject.recovered': ({ merchant }) => `谢谢：您的${merchant}付款已成功`,

    'lead.failed': ({ merchant }) => `我们未能收取您${merchant}订阅的最近一笔付款。`,
    'lead.action_required': ({ merchant }) => `您的银行需要您确认最近一笔${merchant}付款。`,
    'lead.expiring': ({ merchant }) => `您用于支付${merchant}的银行卡即将到期。`,
    'lead.final': ({ merchant }) => `我们已多次尝试收取您${merchant}订阅的付款，但均未成功，之后也不会再自动重试。`,
    'lead.reminder': ({ merchant }) => `温馨提醒：您${merchant}订阅的付款仍未完成。`,
    'lead.access_ends': ({ merchant }) => `由于仍有一笔付款未完成，您的${merchant}使用权限即将终止。`,
    'lead.recovered': ({ merchant }) => `谢谢！您的${merchant}付款已成功，订阅一切正常。`,

    // SMS: signed with 【merchant】; no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `【${merchant}】您的付款未成功，请点击链接更新银行卡：${link}`,
    'sms.action_required': ({ merchant, link }) => `【${merchant}】您的银行需要您确认一笔付款：${link}`,
    'sms.expiring': ({ merchant, link }) => `【${merchant}】您的银行卡将在下次付款前到期，请点击链接更新：${link}`,
    'sms.final': ({ merchant, link }) => `【${merchant}】您的付款仍未完成，我们不会再自动重试，请点击链接处理：${link}`,
    'sms.reminder': ({ merchant, link }) => `【${merchant}】提醒：您的付款仍未完成，请点击链接处理：${link}`,
    'sms.access_ends': ({ merchant, link }) => `【${merchant}】因付款未完成，您的使用权限即将终止，请点击链接处理：${link}`,
    'sms.recovered': ({ merchant, link }) => `【${merchant}】谢谢，您的付款已成功。详情：${link}`,
    'sms.help': ({ contact }) => `客服：${contact}`,

    'email.greeting': ({ name }) => `${name}，您好：`,
    'email.greetingNoName': '您好：',
    'email.cta.update': '更新付款方式',
    'email.cta.confirm': '确认付款',
    'email.cta.view': '查看账单详情',
    'email.linkFallback': '如果按钮无法使用，请将以下链接复制到浏览器中打开：',
    'email.support': ({ contact }) => `如有疑问，我们很乐意为您提供帮助：${contact}`,
    'email.footer': ({ merchant }) =>
      `您收到这封邮件，是因为您订阅了${merchant}。此邮件与您的账单有关，因此即使您已退订资讯邮件，我们仍会发送。`,

    'tone.soft': '这种情况通常是暂时的，您的银行卡本身没有问题：存入资金或稍后重试通常即可解决。',
    'tone.hard': '此银行卡已无法继续用于您的订阅。请添加其他银行卡或付款方式。',

    'recovered.paid': ({ amount, date }) => `我们已于${date}收到${amount}。`,
    'recovered.next': ({ date }) => `您的下一次付款日期为${date}。`,
    'expiring.before': ({ card, date }) => `您的${card}将在${date}的下一次付款之前到期。请立即更新，以免订阅中断。`,
    'reminder.still': '只需一分钟即可处理完毕，您的订阅将继续正常使用。',
    'accessEnds.when': ({ date }) => `如果付款问题未解决，您的使用权限将于${date}终止。`,

    'page.title': ({ merchant }) => `更新付款方式 · ${merchant}`,
    'page.heading': '更新您的付款方式',
    'page.intro': ({ merchant }) => `为您的${merchant}订阅添加新的银行卡或付款方式。无需登录。`,
    'page.done': '已完成，谢谢！您可以关闭此页面。',
    'page.invalid.title': '此链接无效',
    'page.invalid.body': '链接可能不完整。请从我们发送给您的消息中重新打开链接，或登录您的账户更新付款方式。',
    'page.expired.title': '此链接已过期',
    'page.expired.body': '为保障您的安全，更新链接仅在有限时间内有效。请登录您的账户更新付款方式。',
    'page.used.title': '此事项已处理完毕',
    'page.used.body': '此链接对应的付款问题已解决，因此链接已失效。您无需再进行任何操作。',
    'page.signIn': '登录您的账户',
    'page.help': ({ contact }) => `需要帮助？请联系我们：${contact}`,
    'page.noscript': '请启用 JavaScript，以便安全地更新付款方式。',
  },
} satisfies NotifyStrings;
