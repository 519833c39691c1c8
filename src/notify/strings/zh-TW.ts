import type { NotifyStrings } from './types.js';

/**
 * Traditional Chinese (zh-TW, Taiwan, also used for Hong Kong), addressing the reader as 您, as in the
 * banner (`src/translations/zh-TW.ts`): 卡片, 付款, 訂閱, 付款方式. Full-width punctuation, no space
 * around the merchant's name (the banner's rule for Latin words). SMS open with the sender in 【】;
 * Chinese SMS are UCS-2 in any case, so they are kept short.
 */
export default {
  locale: 'zh-TW',
  messages: {
    'subject.failed': ({ merchant }) => `您的${merchant}付款未成功`,
    'subject.action_required': ({ merchant }) => `請確認您的${merchant}付款`,
    'subject.expiring': ({ merchant }) => `您用於${merchant}的卡片即將到期`,
    'subject.final': ({ merchant }) => `需要您處理：您的${merchant}付款仍未完成`,
    'subject.reminder': ({ merchant }) => `提醒：您的${merchant}付款仍未完成`,
    'subject.access_ends': ({ merchant }) => `您的${merchant}使用權限即將終止`,
    'subject.recovered': ({ merchant }) => `謝謝：您的${merchant}付款已成功`,

    'lead.failed': ({ merchant }) => `我們未能收取您${merchant}訂閱的最近一筆款項。`,
    'lead.action_required': ({ merchant }) => `您的銀行需要您確認最近一筆${merchant}付款。`,
    'lead.expiring': ({ merchant }) => `您用來支付${merchant}的卡片即將到期。`,
    'lead.final': ({ merchant }) => `我們已多次嘗試收取您${merchant}訂閱的款項，但都未成功，之後也不會再自動重試。`,
    'lead.reminder': ({ merchant }) => `提醒您：您${merchant}訂閱的付款仍未完成。`,
    'lead.access_ends': ({ merchant }) => `由於仍有一筆付款未完成，您的${merchant}使用權限即將終止。`,
    'lead.recovered': ({ merchant }) => `謝謝！您的${merchant}付款已成功，訂閱一切正常。`,

    // SMS: signed with 【merchant】; no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `【${merchant}】您的付款未成功，請點擊連結更新卡片：${link}`,
    'sms.action_required': ({ merchant, link }) => `【${merchant}】您的銀行需要您確認一筆付款：${link}`,
    'sms.expiring': ({ merchant, link }) => `【${merchant}】您的卡片將在下次付款前到期，請點擊連結更新：${link}`,
    'sms.final': ({ merchant, link }) => `【${merchant}】您的付款仍未完成，我們不會再自動重試，請點擊連結處理：${link}`,
    'sms.reminder': ({ merchant, link }) => `【${merchant}】提醒：您的付款仍未完成，請點擊連結處理：${link}`,
    'sms.access_ends': ({ merchant, link }) => `【${merchant}】因付款未完成，您的使用權限即將終止，請點擊連結處理：${link}`,
    'sms.recovered': ({ merchant, link }) => `【${merchant}】謝謝，您的付款已成功。詳情：${link}`,
    'sms.help': ({ contact }) => `客服：${contact}`,

    'email.greeting': ({ name }) => `${name}，您好：`,
    'email.greetingNoName': '您好：',
    'email.cta.update': '更新付款方式',
    'email.cta.confirm': '確認付款',
    'email.cta.view': '查看帳單明細',
    'email.linkFallback': '如果按鈕無法使用，請將下方連結複製到瀏覽器中開啟：',
    'email.support': ({ contact }) => `如有任何問題，我們很樂意為您提供協助：${contact}`,
    'email.footer': ({ merchant }) =>
      `您收到這封電子郵件，是因為您訂閱了${merchant}。此郵件與您的帳單有關，因此即使您已取消訂閱電子報，我們仍會寄送。`,

    'tone.soft': '這種情況通常是暫時的，您的卡片本身沒有問題：存入款項或稍後再試一次，通常就能解決。',
    'tone.hard': '此卡片已無法再用於您的訂閱。請新增其他卡片或付款方式。',

    'recovered.paid': ({ amount, date }) => `我們已於${date}收到${amount}。`,
    'recovered.next': ({ date }) => `您的下一次付款日期為${date}。`,
    'expiring.before': ({ card, date }) => `您的${card}將在${date}的下一次付款之前到期。請立即更新，以免訂閱中斷。`,
    'reminder.still': '只需一分鐘就能處理完畢，您的訂閱將繼續正常使用。',
    'accessEnds.when': ({ date }) => `如果付款問題未解決，您的使用權限將於${date}終止。`,

    'page.title': ({ merchant }) => `更新付款方式 · ${merchant}`,
    'page.heading': '更新您的付款方式',
    'page.intro': ({ merchant }) => `為您的${merchant}訂閱新增卡片或其他付款方式。無需登入。`,
    'page.done': '已完成，謝謝！您可以關閉此頁面。',
    'page.invalid.title': '此連結無法使用',
    'page.invalid.body': '連結可能不完整。請從我們寄給您的訊息中重新開啟連結，或登入您的帳戶更新付款方式。',
    'page.expired.title': '此連結已過期',
    'page.expired.body': '為保障您的安全，更新連結僅在有限時間內有效。請登入您的帳戶更新付款方式。',
    'page.used.title': '此事項已處理完畢',
    'page.used.body': '此連結對應的付款問題已解決，因此連結已失效。您不需要再做任何事。',
    'page.signIn': '登入您的帳戶',
    'page.help': ({ contact }) => `需要協助嗎？請與我們聯絡：${contact}`,
    'page.noscript': '請啟用 JavaScript，以便安全地更新付款方式。',
  },
} satisfies NotifyStrings;
