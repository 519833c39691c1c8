import type { NotifyStrings } from './types.js';

/** Japanese: polite です・ます, as the banner's Japanese (src/translations/ja.ts). */
const ja = {
  locale: 'ja',
  messages: {
    'subject.failed': ({ merchant }) => `${merchant}のお支払いが完了しませんでした`,
    'subject.action_required': ({ merchant }) => `${merchant}のお支払いの確認をお願いします`,
    'subject.expiring': ({ merchant }) => `${merchant}でお使いのカードの有効期限が近づいています`,
    'subject.final': ({ merchant }) => `【ご対応のお願い】${merchant}のお支払いが未完了です`,
    'subject.reminder': ({ merchant }) => `【リマインダー】${merchant}のお支払いが未完了です`,
    'subject.access_ends': ({ merchant }) => `${merchant}のご利用がまもなく停止されます`,
    'subject.recovered': ({ merchant }) => `${merchant}のお支払いが完了しました。ありがとうございます`,

    'lead.failed': ({ merchant }) => `${merchant}のサブスクリプションの最新のお支払いを完了できませんでした。`,
    'lead.action_required': ({ merchant }) => `${merchant}の最新のお支払いについて、銀行がご本人確認を求めています。`,
    'lead.expiring': ({ merchant }) => `${merchant}のお支払いに使われているカードの有効期限がまもなく切れます。`,
    'lead.final': ({ merchant }) =>
      `${merchant}のサブスクリプションのお支払いを何度か試みましたが完了できませんでした。今後、自動での再試行は行いません。`,
    'lead.reminder': ({ merchant }) => `${merchant}のサブスクリプションのお支払いがまだ完了していませんので、お知らせします。`,
    'lead.access_ends': ({ merchant }) => `未完了のお支払いがあるため、${merchant}のご利用がまもなく停止されます。`,
    'lead.recovered': ({ merchant }) => `ありがとうございます。${merchant}のお支払いが完了し、サブスクリプションは引き続きご利用いただけます。`,

    'sms.failed': ({ merchant, link }) => `${merchant}：お支払いが完了しませんでした。カードの更新はこちら ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}：銀行がお支払いの確認を求めています。こちらから ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}：次回のお支払い前にカードの期限が切れます。更新はこちら ${link}`,
    'sms.final': ({ merchant, link }) => `${merchant}：お支払いが未完了です。自動の再試行は行いません。こちらから ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}：お支払いがまだ完了していません。こちらから ${link}`,
    'sms.access_ends': ({ merchant, link }) => `${merchant}：未払いのため、まもなくご利用が停止されます。こちらから ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}：お支払いが完了しました。ありがとうございます。詳細 ${link}`,
    'sms.help': ({ contact }) => `お問い合わせ ${contact}`,

    'email.greeting': ({ name }) => `${name} 様`,
    'email.greetingNoName': 'お客様',
    'email.cta.update': 'お支払い方法を更新',
    'email.cta.confirm': 'お支払いを確認',
    'email.cta.view': 'ご請求内容を見る',
    'email.linkFallback': 'ボタンが使えない場合は、次のリンクをブラウザに貼り付けてください：',
    'email.support': ({ contact }) => `ご不明な点はお気軽にお問い合わせください：${contact}`,
    'email.footer': ({ merchant }) =>
      `このメールは、${merchant}のサブスクリプションをご利用のお客様にお送りしています。ご請求に関する大切なお知らせのため、お知らせメールの配信を停止されている場合もお届けしています。`,

    'tone.soft': '多くの場合一時的なもので、カード自体に問題はありません。残高を補充するか、しばらくしてからもう一度お試しいただくと解決することがよくあります。',
    'tone.hard': 'このカードは今後サブスクリプションのお支払いにご利用いただけません。別のカードまたはお支払い方法を追加してください。',

    'recovered.paid': ({ amount, date }) => `${date}に${amount}のお支払いを受け付けました。`,
    'recovered.next': ({ date }) => `次回のお支払い日は${date}です。`,
    'expiring.before': ({ card, date }) =>
      `${card}は、次回のお支払い日（${date}）より前に有効期限が切れます。ご利用が中断されないよう、今すぐ更新してください。`,
    'reminder.still': '手続きは1分ほどで完了し、サブスクリプションはそのままご利用いただけます。',
    'accessEnds.when': ({ date }) => `お支払いが完了しない場合、${date}にご利用が停止されます。`,

    'page.title': ({ merchant }) => `お支払い方法の更新 · ${merchant}`,
    'page.heading': 'お支払い方法の更新',
    'page.intro': ({ merchant }) => `${merchant}のサブスクリプションに使う新しいカードまたはお支払い方法を追加してください。ログインは不要です。`,
    'page.done': '手続きが完了しました。ありがとうございます。このページは閉じていただいて構いません。',
    'page.invalid.title': 'このリンクは使用できません',
    'page.invalid.body':
      'リンクが途中で切れている可能性があります。お送りしたメッセージからもう一度開くか、アカウントにログインしてお支払い方法を更新してください。',
    'page.expired.title': 'このリンクの有効期限が切れています',
    'page.expired.body': 'セキュリティのため、更新用リンクの有効期間は限られています。アカウントにログインしてお支払い方法を更新してください。',
    'page.used.title': 'すでに手続きは完了しています',
    'page.used.body': 'このリンクの対象だったお支払いは完了しているため、リンクは無効になりました。これ以上の手続きは必要ありません。',
    'page.signIn': 'アカウントにログイン',
    'page.help': ({ contact }) => `お困りの場合はお問い合わせください：${contact}`,
    'page.noscript': 'お支払い方法を安全に更新するには、JavaScriptを有効にしてください。',
  },
} satisfies NotifyStrings;

export default ja;
