import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

/** How often comes before the amount: “每月 NT$150”, “每 3 個月 NT$450”. */
const PER: Record<BillingInterval, string> = { day: '每天', week: '每週', month: '每月', year: '每年' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: '每 # 天' },
  week: { other: '每 # 週' },
  month: { other: '每 # 個月' },
  year: { other: '每 # 年' },
};

/** Traditional Chinese (Taiwan, also used for Hong Kong), addressing the reader as 您 as the banner's header says. */
const zhTW = {
  locale: 'zh-TW',
  dir: 'ltr',
  messages: {
    'care.offers.open': '現在無法付款？',
    'care.offers.title': '其他選擇',
    'care.offers.intro': '如果現在不方便，您不必離開。您可以暫停訂閱，或改用較小的方案。',
    'care.offers.loading': '正在載入可選方案…',
    'care.offers.error': '無法載入可選方案，一切都沒有變更。請稍後再試。',
    'care.offers.none': '您的訂閱目前沒有其他可選方案。我們的客服團隊很樂意為您提供協助。',
    'care.back': '返回',
    'care.confirm.title': '確認前請再檢查一次',
    'care.working': '正在儲存您的選擇…',
    'care.failed': '操作未成功，一切都沒有變更。請再試一次。',
    'care.refused': '此選項已不再適用於您的訂閱。一切都沒有變更。',

    'care.pause.title': '暫停訂閱',
    'care.pause.length': '要暫停多久？',
    'care.pause.months': ({ months }) => plural('zh-TW', months, { other: '# 個月' }),
    'care.pause.resumesOn': ({ date }) => `將於 ${date} 恢復收費。`,
    'care.pause.stopsService': '在此之前，您的訂閱會暫停，也不會向您收費。',
    'care.pause.keepsService': '您可以繼續使用服務，在此之前不會向您收費。',
    'care.pause.noAccess': '暫停期間，您將無法使用帳戶的付費功能。',
    'care.pause.confirm': ({ months }) => plural('zh-TW', months, { other: '暫停 # 個月' }),
    'care.pause.done': ({ date }) => `您的訂閱已暫停，將於 ${date} 恢復收費。`,

    'care.overdue.void': ({ amount }) => `未付款的 ${amount} 將會取消，您無需再支付。`,
    'care.overdue.leaveOpen': ({ amount }) => `未付款的 ${amount} 仍需支付，我們會繼續嘗試扣款。`,

    'care.plan.title': '改用較小的方案',
    'care.plan.current': ({ plan, price }) => `您目前的方案：${plan}（${price}）。`,
    'care.plan.choose': '選擇方案',
    'care.plan.option': ({ plan, price }) => `${plan}，${price}`,
    'care.plan.billNow': ({ amount }) => `今天將從您已儲存的付款方式收取 ${amount}，之後每次續訂時收費。`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `從下一期帳單（${date}）起，您將支付 ${amount}。` : `從下一期帳單起，您將支付 ${amount}。`,
    'care.plan.prorate': '本期的差額將在下一期帳單中結算。',
    'care.plan.prorateNow': '本期的差額將立即收取或退還。',
    'care.plan.confirm': ({ plan }) => `改用 ${plan}`,
    'care.plan.done': ({ plan }) => `您現在使用的是 ${plan}。`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${PER[interval] ?? PER.month} ${amount}` : `${plural('zh-TW', count, EVERY[interval] ?? EVERY.month)} ${amount}`,

    'care.resume.working': '正在恢復您的訂閱…',
    'care.resume.done': '歡迎回來！您的訂閱已重新生效。',

    'care.support.open': '聯絡客服',
    'care.support.subject': '付款問題求助',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        '您好：',
        '',
        '我的付款遇到問題，需要協助。',
        '',
        `我看到的訊息：${summary}`,
        ...(reason ? [`銀行提供的原因：${reason}`] : []),
        ...(invoice ? [`帳單：${invoice}`] : []),
        ...(amount ? [`應付金額：${amount}`] : []),
        '',
        '謝謝',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `今天已支付 ${amount}。`,
    'care.receipt.next': ({ date }) => `您的下一次付款日期為 ${date}。`,

    'care.rating.question': '這次操作簡單嗎？',
    'care.rating.send': '送出',
    'care.rating.1': '非常困難',
    'care.rating.2': '困難',
    'care.rating.3': '普通',
    'care.rating.4': '簡單',
    'care.rating.5': '非常簡單',
    'care.rating.thanks': '感謝您的意見回饋。',
  },
} satisfies CareTranslation;

export default zhTW;
