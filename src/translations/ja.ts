import { plural } from './plural.js';
import type { Translation } from './types.js';

/** Japanese (polite です/ます). */
const ja = {
  locale: 'ja',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `末尾${last4}の${brand}` : brand),
    'card.generic': 'カード',
    'paymentMethod.generic': 'お支払い方法',

    'state.expiring.title': 'カードの有効期限が近づいています',
    'state.expiring.body': ({ card, days, date }) =>
      `${card}は${
        days === 0 ? '本日で' : days === 1 ? '明日で' : plural('ja', days, { other: '#日後に' })
      }有効期限が切れます${date ? `（${date}末）` : ''}。サブスクリプションを中断なくご利用いただくため、カード情報を更新してください。`,
    'state.expired.title': 'カードの有効期限が切れています',
    'state.expired.body': ({ card, date }) =>
      `${card}は${date ? `${date}末で` : ''}有効期限が切れました。サブスクリプションを継続するには、カード情報を更新してください。`,
    'state.failed.title': '前回のお支払いが完了しませんでした',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason}${amount}のお支払いがまだ完了していません。` : reason),
    'state.action_required.title': '銀行がお支払いの確認を求めています',
    'state.action_required.body': ({ amount }) =>
      `銀行が、${amount ? `${amount}の` : 'この'}お支払いがご本人によるものかを確認しています。確認はすぐに終わります。`,
    'state.failed.when': ({ date }) => `最初にお支払いを試みたのは${date}です。`,
    'state.retry': ({ date }) => `${date}にもう一度お支払いを試みます。`,
    'state.accessEnds': ({ date }) =>
      `${date}までは引き続きご利用いただけます。それ以降もご利用いただくには、期日までにお支払い情報を更新してください。`,
    'state.updated.title': 'ありがとうございます。更新が完了しました',
    'state.updated.body': ({ card }) => `今後のサブスクリプションのお支払いには${card}が使われます。`,
    'state.recovered.body': ({ amount }) =>
      `${amount ? `${amount}の` : ''}お支払いが完了しました。ありがとうございます！`,

    'state.processing.title': '銀行口座からのお支払いを処理中です',
    'state.processing.body': ({ amount }) =>
      `${amount ? `${amount}の` : ''}お支払いを銀行で処理しています。数営業日かかる場合がありますが、お客様の操作は必要ありません。`,
    'state.missing.title': 'お支払い方法を追加してください',
    'state.missing.body': ({ date }) =>
      date
        ? `サブスクリプションを継続するには、${date}までにお支払い方法を追加してください。`
        : 'お支払い方法が追加されるまで、サブスクリプションは一時停止されています。続けるには、お支払い方法を追加してください。',

    'state.paused.title': 'サブスクリプションは一時停止中です',
    'state.paused.body': ({ date }) =>
      date ? `${date}にサブスクリプションが再開されるまで、請求は発生しません。` : '一時停止中は請求は発生しません。準備ができたらいつでも再開できます。',
    'banner.updateCard': 'カードを更新',
    'banner.addPaymentMethod': 'お支払い方法を追加',
    'banner.resume': '今すぐ再開',
    'banner.confirmPayment': 'お支払いを確認',
    'banner.dismiss': 'このメッセージを閉じる',

    'decline.insufficient_funds.title': '残高が不足しています',
    'decline.insufficient_funds.body':
      '口座の残高が不足しているため、銀行がお支払いを承認しませんでした。入金後にもう一度お試しいただくか、別のカードをご利用ください。',
    'decline.expired_card.title': 'カードの有効期限が切れています',
    'decline.expired_card.body': 'カードの有効期限が切れているため、銀行がお支払いを承認しませんでした。有効なカードを追加してください。',
    'decline.incorrect_cvc.title': 'セキュリティコードが一致しません',
    'decline.incorrect_cvc.body':
      'セキュリティコード（カードに記載された3桁または4桁の数字）が銀行の登録情報と一致しませんでした。カード情報をもう一度入力してください。',
    'decline.incorrect_number.title': 'カード番号が正しくありません',
    'decline.incorrect_number.body': 'カード番号が正しくないようです。ご確認のうえ、もう一度入力してください。',
    'decline.incorrect_expiry.title': '有効期限が正しくありません',
    'decline.incorrect_expiry.body': '有効期限がカードと一致しません。カードに記載された月と年をご確認のうえ、もう一度入力してください。',
    'decline.incorrect_address.title': '請求先住所が一致しません',
    'decline.incorrect_address.body':
      '郵便番号または住所が銀行の登録情報と一致しません。銀行に登録されているとおりに入力してください。',
    'decline.card_not_supported.title': 'このカードはご利用いただけません',
    'decline.card_not_supported.body':
      'このカードはこの種類のお支払いに対応していません。別のカードをご利用いただくか、利用できるよう銀行にご依頼ください。',
    'decline.currency_not_supported.title': 'このカードはこの通貨に対応していません',
    'decline.currency_not_supported.body':
      'このカードではこの通貨でお支払いできません。別のカードをご利用いただくか、対応できるか銀行にお問い合わせください。',
    'decline.not_allowed.title': '銀行がこのお支払いを制限しました',
    'decline.not_allowed.body':
      '銀行がこのカードでのこのお支払いを許可していません。銀行に制限を解除してもらうか、別のカードをご利用ください。',
    'decline.payment_stopped.title': '当社へのお支払いが停止されています',
    'decline.payment_stopped.body':
      'このカードから当社へのお支払いを停止するよう、銀行に依頼が出されています。サブスクリプションを継続するには、銀行に再開を依頼するか、別のカードをご利用ください。',
    'decline.limit_exceeded.title': 'カードの利用限度額に達しました',
    'decline.limit_exceeded.body':
      'このお支払いでカードの利用限度額を超えてしまいます。限度額がリセットされてからもう一度お試しいただくか、別のカードをご利用ください。',
    'decline.call_bank.title': '銀行へのご連絡が必要です',
    'decline.call_bank.body': '銀行がお支払いを承認せず、ご連絡をお願いしています。電話番号は通常、カードの裏面に記載されています。',
    'decline.generic.title': 'お支払いが承認されませんでした',
    'decline.generic.body':
      '銀行から理由が示されないまま、お支払いが承認されませんでした。詳しくは銀行にお問い合わせいただくか、別のカードをご利用ください。',
    'decline.temporary.title': '一時的な問題が発生しました',
    'decline.temporary.body': 'お支払いの処理中に問題が発生しました。お客様側の問題ではありません。しばらくしてからもう一度お試しください。',
    'decline.duplicate.title': '重複したお支払いのようです',
    'decline.duplicate.body':
      '同じ金額のお支払いが直前に完了しているため、銀行がこのお支払いを止めました。もう一度お試しになる前に、ご利用明細をご確認ください。',
    'decline.invalid_amount.title': '銀行がこの金額を承認しませんでした',
    'decline.invalid_amount.body': '銀行がこのお支払いの金額を承認しませんでした。銀行にお問い合わせいただくか、別のカードをご利用ください。',
    'decline.new_card_details.title': 'カード情報が変更されています',
    'decline.new_card_details.body':
      'このカードについて、銀行から新しい情報が発行されています。サブスクリプションを継続するには、新しいカード情報を入力してください。',
    'decline.account_closed.title': '口座が解約されています',
    'decline.account_closed.body': 'このお支払い方法に紐づく口座が解約されているか、見つかりません。別のお支払い方法をご利用ください。',
    'decline.authentication_required.title': '銀行での確認が必要です',
    'decline.authentication_required.body': 'このお支払いを完了するには、銀行での確認が必要です。確認はすぐに終わります。',
    'decline.authentication_failed.title': '確認が完了しませんでした',
    'decline.authentication_failed.body': '銀行でお支払いを確認できませんでした。もう一度お試しいただくか、別のカードをご利用ください。',
    'decline.test_card.title': 'このカードには請求できません',
    'decline.test_card.body': 'このカードは実際のお支払いには使用できません。別のカードをご利用ください。',
    'decline.debit_not_authorized.title': '口座振替が承認されていません',
    'decline.debit_not_authorized.body':
      '口座振替が承認されていないか、異議が申し立てられたと銀行から連絡がありました。別のお支払い方法をご利用いただくか、銀行に許可を依頼してください。',
    'decline.bank_account_problem.title': '銀行口座に問題があります',
    'decline.bank_account_problem.body':
      '銀行がこの口座からお支払いを引き落とせませんでした。口座情報をご確認いただくか、別のお支払い方法をご利用ください。',
    'decline.provider_declined.title': 'お支払いが承認されませんでした',
    'decline.provider_declined.body': '決済サービスがこのお支払いを承認しませんでした。別のお支払い方法をご利用ください。',

    'action.update_card': 'カードを更新する',
    'action.use_another_method': '別のカードを使う',
    'action.call_bank': '銀行に問い合わせる',
    'action.confirm_with_bank': '銀行で確認する',
    'action.try_again_later': '後でもう一度試す',

    'form.title': 'お支払い方法の更新',
    'form.payNow': ({ amount }) => `新しいお支払い方法に、未払い分の${amount}がすぐに請求されます。`,
    'form.submit': 'お支払い方法を保存',
    'form.cancel': 'キャンセル',
    'form.loading': '安全なお支払いフォームを読み込んでいます…',
    'form.saving': 'お支払い方法を保存しています…',
    'form.confirming': '銀行の確認を待っています…',
    'form.finishing': '更新を完了しています…',
    'form.unavailable': 'お支払いフォームを読み込めませんでした。接続を確認して、もう一度お試しください。',
    'form.retry': 'もう一度試す',
    'form.interrupted': '更新が完了する前に接続が切れました。入力内容は保持されています。もう一度お試しいただくと完了します。二重に請求されることはありません。',
    'form.rateLimited': '短時間に試行回数が多すぎます。数分待ってから、もう一度お試しください。',
    'form.pending': '銀行がこのお支払い方法をまだ処理しています。確認され次第、アカウントが更新されます。',
    'form.microdeposits': ({ date }) =>
      `${date ? `${date}頃` : '1〜2営業日後'}に銀行口座をご確認ください。少額の入金が届きます。リンクから入金に記載された内容を入力すると、以降は銀行口座が使われます。それまでは、登録済みのお支払い方法がそのまま使われます。`,
    'form.microdepositsLink': '銀行口座を確認',
    'form.declinedToo': 'このカードも拒否されました。登録済みのお支払い方法は変更されておらず、請求も行われていません。',

    'wall.notNow': '後で',
    'wall.paused': 'お支払いが完了するまで、ご利用は一時停止されています。',
    'wall.continue': '続ける',
    'wall.logout': 'ログアウト',
    'wall.support': 'サポートに問い合わせる',
    'wall.cancelSubscription': 'サブスクリプションを解約',
  },
} satisfies Translation;

export default ja;
