import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

/** How often comes before the amount: “月額5,000円”, “3か月ごとに15,000円”. */
const PER: Record<BillingInterval, string> = { day: '1日あたり', week: '1週間あたり', month: '月額', year: '年額' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: '#日ごとに' },
  week: { other: '#週間ごとに' },
  month: { other: '#か月ごとに' },
  year: { other: '#年ごとに' },
};

/** Japanese (polite です/ます), as the banner; the support email is in the customer's own plain polite voice. */
const ja = {
  locale: 'ja',
  dir: 'ltr',
  messages: {
    'care.offers.open': '今はお支払いが難しいですか？',
    'care.offers.title': 'ほかの選択肢',
    'care.offers.intro': '今がよいタイミングでなければ、解約する必要はありません。一時停止するか、より小さいプランに変更できます。',
    'care.offers.loading': '選択肢を読み込んでいます…',
    'care.offers.error': '選択肢を読み込めませんでした。変更は行われていません。しばらくしてからもう一度お試しください。',
    'care.offers.none': '現在、このサブスクリプションで選べるほかの選択肢はありません。サポートチームが喜んでお手伝いします。',
    'care.back': '戻る',
    'care.confirm.title': '確定する前にご確認ください',
    'care.working': '選択内容を保存しています…',
    'care.failed': 'うまくいきませんでした。変更は行われていません。もう一度お試しください。',
    'care.refused': 'この選択肢は、お客様のサブスクリプションではご利用いただけなくなりました。変更は行われていません。',

    'care.pause.title': 'サブスクリプションを一時停止',
    'care.pause.length': 'どのくらいの期間にしますか？',
    'care.pause.months': ({ months }) => plural('ja', months, { other: '#か月' }),
    'care.pause.resumesOn': ({ date }) => `${date}に請求が再開されます。`,
    'care.pause.stopsService': 'それまでサブスクリプションは停止され、請求は発生しません。',
    'care.pause.keepsService': 'それまでもサービスは引き続きご利用いただけます。請求は発生しません。',
    'care.pause.noAccess': '一時停止中は、アカウントの有料機能をご利用いただけません。',
    'care.pause.confirm': ({ months }) => plural('ja', months, { other: '#か月間一時停止する' }),
    'care.pause.done': ({ date }) => `サブスクリプションを一時停止しました。${date}に請求が再開されます。`,

    'care.overdue.void': ({ amount }) => `未払いの${amount}は取り消されます。お支払いの必要はありません。`,
    'care.overdue.leaveOpen': ({ amount }) => `未払いの${amount}は引き続きお支払いが必要です。引き続き請求を試みます。`,

    'care.plan.title': 'より小さいプランに変更',
    'care.plan.current': ({ plan, price }) => `現在のプラン：${plan}（${price}）`,
    'care.plan.choose': 'プランを選択',
    'care.plan.option': ({ plan, price }) => `${plan}、${price}`,
    'care.plan.billNow': ({ amount }) => `本日、登録済みのお支払い方法に${amount}が請求され、その後は更新のたびに請求されます。`,
    'care.plan.nextRenewal': ({ amount, date }) => (date ? `次回の請求（${date}）から${amount}になります。` : `次回の請求から${amount}になります。`),
    'care.plan.prorate': '現在の期間の差額は、次回の請求で精算されます。',
    'care.plan.prorateNow': '現在の期間の差額は、すぐに請求または返金されます。',
    'care.plan.confirm': ({ plan }) => `${plan}に変更する`,
    'care.plan.done': ({ plan }) => `プランを${plan}に変更しました。`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${PER[interval] ?? PER.month}${amount}` : `${plural('ja', count, EVERY[interval] ?? EVERY.month)}${amount}`,

    'care.resume.working': 'サブスクリプションを再開しています…',
    'care.resume.done': 'おかえりなさい！サブスクリプションが再び有効になりました。',

    'care.support.open': 'サポートに問い合わせる',
    'care.support.subject': '支払いについての問い合わせ',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'お世話になっております。',
        '',
        '支払いについてサポートをお願いします。',
        '',
        `表示されている内容：${summary}`,
        ...(reason ? [`銀行からの説明：${reason}`] : []),
        ...(invoice ? [`請求書：${invoice}`] : []),
        ...(amount ? [`支払額：${amount}`] : []),
        '',
        'よろしくお願いいたします。',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `本日${amount}のお支払いが完了しました。`,
    'care.receipt.next': ({ date }) => `次回のお支払いは${date}です。`,

    'care.rating.question': 'かんたんでしたか？',
    'care.rating.send': '送信',
    'care.rating.1': 'とても難しい',
    'care.rating.2': '難しい',
    'care.rating.3': 'どちらともいえない',
    'care.rating.4': 'かんたん',
    'care.rating.5': 'とてもかんたん',
    'care.rating.thanks': 'ご回答ありがとうございます。',
  },
} satisfies CareTranslation;

export default ja;
