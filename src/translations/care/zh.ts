import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

/** How often comes before the amount: “每月 ¥50.00”, “每 3 个月 ¥150.00”. */
const PER: Record<BillingInterval, string> = { day: '每天', week: '每周', month: '每月', year: '每年' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: '每 # 天' },
  week: { other: '每 # 周' },
  month: { other: '每 # 个月' },
  year: { other: '每 # 年' },
};

/** Simplified Chinese (Mainland China), addressing the reader as 您 as the banner's header says. */
const zh = {
  locale: 'zh',
  dir: 'ltr',
  messages: {
    'care.offers.open': '现在无法付款？',
    'care.offers.title': '其他选择',
    'care.offers.intro': '如果现在不方便，您不必离开。您可以暂停订阅，或换成更小的套餐。',
    'care.offers.loading': '正在加载可选方案…',
    'care.offers.error': '无法加载可选方案，一切均未更改。请稍后重试。',
    'care.offers.none': '您的订阅目前没有其他可选方案。我们的客服团队很乐意为您提供帮助。',
    'care.back': '返回',
    'care.confirm.title': '确认前请核对',
    'care.working': '正在保存您的选择…',
    'care.failed': '操作未成功，一切均未更改。请重试。',
    'care.refused': '此选项已不再适用于您的订阅。一切均未更改。',

    'care.pause.title': '暂停订阅',
    'care.pause.length': '暂停多久？',
    'care.pause.months': ({ months }) => plural('zh', months, { other: '# 个月' }),
    'care.pause.resumesOn': ({ date }) => `将于 ${date} 恢复扣费。`,
    'care.pause.stopsService': '在此之前，您的订阅将暂停，不会向您收费。',
    'care.pause.keepsService': '您可以继续使用服务，在此之前不会向您收费。',
    'care.pause.noAccess': '暂停期间，您将无法使用账户的付费功能。',
    'care.pause.confirm': ({ months }) => plural('zh', months, { other: '暂停 # 个月' }),
    'care.pause.done': ({ date }) => `您的订阅已暂停，将于 ${date} 恢复扣费。`,

    'care.overdue.void': ({ amount }) => `未支付的 ${amount} 将被取消，您无需再支付。`,
    'care.overdue.leaveOpen': ({ amount }) => `未支付的 ${amount} 仍需支付，我们会继续尝试扣款。`,

    'care.plan.title': '换成更小的套餐',
    'care.plan.current': ({ plan, price }) => `您当前的套餐：${plan}（${price}）。`,
    'care.plan.choose': '选择套餐',
    'care.plan.option': ({ plan, price }) => `${plan}，${price}`,
    'care.plan.billNow': ({ amount }) => `今天将从您已保存的付款方式扣取 ${amount}，之后每次续订时扣费。`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `从下一期账单（${date}）起，您将支付 ${amount}。` : `从下一期账单起，您将支付 ${amount}。`,
    'care.plan.prorate': '本期的差额将在下一期账单中结算。',
    'care.plan.prorateNow': '本期的差额将立即收取或退还。',
    'care.plan.confirm': ({ plan }) => `换成 ${plan}`,
    'care.plan.done': ({ plan }) => `您现在使用的是 ${plan}。`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${PER[interval] ?? PER.month} ${amount}` : `${plural('zh', count, EVERY[interval] ?? EVERY.month)} ${amount}`,

    'care.resume.working': '正在恢复您的订阅…',
    'care.resume.done': '欢迎回来！您的订阅已重新生效。',

    'care.support.open': '联系客服',
    'care.support.subject': '付款问题求助',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        '您好：',
        '',
        '我的付款遇到了问题，需要帮助。',
        '',
        `我看到的信息：${summary}`,
        ...(reason ? [`银行给出的原因：${reason}`] : []),
        ...(invoice ? [`账单：${invoice}`] : []),
        ...(amount ? [`应付金额：${amount}`] : []),
        '',
        '谢谢',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `今天已支付 ${amount}。`,
    'care.receipt.next': ({ date }) => `您的下一次付款日期为 ${date}。`,

    'care.rating.question': '这次操作简单吗？',
    'care.rating.send': '发送',
    'care.rating.1': '非常困难',
    'care.rating.2': '困难',
    'care.rating.3': '一般',
    'care.rating.4': '简单',
    'care.rating.5': '非常简单',
    'care.rating.thanks': '感谢您的反馈。',
  },
} satisfies CareTranslation;

export default zh;
