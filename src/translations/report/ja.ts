import type { ReportTranslation } from './types.js';

/** Japanese (polite です/ます). */
const ja = {
  locale: 'ja',
  dir: 'ltr',
  messages: {
    'report.title': '支払いの回復',
    'report.range': ({ from, to }) => `${from}～${to}`,
    'report.loading': 'レポートを読み込んでいます…',
    'report.error': 'レポートを読み込めませんでした。お支払いへの影響はありません。しばらくしてからもう一度お試しください。',
    'report.retry': '再試行',
    'report.empty': 'この期間に失敗した支払いはありません。回復するものはありません。',

    'report.kpi.rate': '回復率',
    'report.kpi.recovered': '回復した売上',
    'report.kpi.median': '回復までの時間（中央値）',
    'report.kpi.failed': '失敗した支払い',
    'report.kpi.rateDetail': ({ recovered, failed }) => `請求書 ${failed} 件中 ${recovered} 件`,
    'report.kpi.p90Detail': ({ p90 }) => `90% が ${p90} 以内`,
    'report.none': 'まだありません',

    'report.chart.rate': '回復率の推移',
    'report.chart.revenue': ({ currency }) => `回復した売上の推移（${currency}）`,
    'report.chart.timeToRecover': '回復までの時間',
    'report.chart.funnel': '失敗から回復まで',
    'report.chart.reasons': '拒否理由別の結果',
    'report.chart.channels': 'チャネルとステップ別の回復',
    'report.chart.outcomes': '失敗した支払いの結果',

    'report.series.rate': '回復率',
    'report.series.failed': '失敗',
    'report.series.recovered': '回復',
    'report.series.lost': '喪失',
    'report.series.open': '未解決',
    'report.series.failedAmount': '失敗額',
    'report.series.recoveredAmount': '回復額',
    'report.series.invoices': '請求書',
    'report.series.median': '中央値',
    'report.series.p90': '90 パーセンタイル',
    'report.series.sent': '送信',
    'report.series.opened': '開封',
    'report.column.period': '期間',
    'report.column.reason': '拒否理由',
    'report.column.channel': 'チャネルとステップ',
    'report.column.stage': '段階',
    'report.column.outcome': '結果',

    'report.showTable': '表を表示',
    'report.hideTable': 'グラフを表示',

    'report.downloadCsv': 'CSV をダウンロード',

    'report.week': ({ date }) => `${date} の週`,
    'report.channelStep': ({ channel, step }) => `${channel}・${step}`,

    'report.funnel.failed': '支払い失敗',
    'report.funnel.notified': 'お客様に通知',
    'report.funnel.opened': '通知を開封',
    'report.funnel.formOpened': 'フォームを表示',
    'report.funnel.recovered': '回復',

    'report.channel.email': 'メール',
    'report.channel.sms': 'SMS',
    'report.channel.in_app': 'アプリ内メッセージ',
    'report.channel.banner': 'バナー',

    'report.step.failed': '支払い失敗',
    'report.step.action_required': '銀行の確認',
    'report.step.expiring': 'カードの有効期限間近',
    'report.step.expired': 'カードの有効期限切れ',
    'report.step.final': '最終通知',
    'report.step.reminder': 'リマインダー',
    'report.step.access_ends': 'アクセス終了',
    'report.step.recovered': 'お礼',

    'report.outcome.in_app': 'アプリ内で解決',
    'report.outcome.hosted_page': 'リンクから解決',
    'report.outcome.card_updated': 'カードの更新時に支払い済み',
    'report.outcome.stripe_retry': 'Stripe の再試行で成功',
    'report.outcome.elsewhere': '別の方法で支払い',
    'report.outcome.lost': '喪失',
    'report.outcome.open': '未解決',

    'report.retention.title': '解約以外の選択肢とサポート',
    'report.retention.actions': 'オファー、一時停止、サポート（請求書ごと）',
    'report.column.action': '内容',
    'report.action.offers_shown': 'オファーを表示',
    'report.action.paused': 'サブスクリプションを一時停止',
    'report.action.plan_changed': 'プランを変更',
    'report.action.resumed': '早めに再開',
    'report.action.support_opened': 'サポートに連絡',
    'report.retention.support': 'サポートへの連絡元',
    'report.retention.offers': '提案が表示された場所',
    'report.column.place': '連絡元',
    'report.source.banner': 'バナー',
    'report.source.form': '支払いフォーム',
    'report.source.wall': 'アクセス制限画面',
    'report.source.page': 'リンクから開いた更新ページ',
    'report.source.unknown': '不明',
    'report.retention.ratings': '「どのくらい簡単でしたか？」（1 = とても難しい、5 = とても簡単）',
    'report.column.rating': '評価',
    'report.series.answers': '回答数',
    'report.retention.mean': ({ mean }) => `平均評価：${mean}（5 点満点）`,
    'report.retention.withoutInvoice': ({ count }) => `支払いが一度も失敗していないお客様の回答（有効期限前にカードを更新）：${count} 件`,
    'report.retention.noRatings': 'まだ回答はありません。',

    'report.summary.rate': ({ overall, high, highPeriod, low, lowPeriod }) =>
      `失敗した支払いの ${overall} が回復しました。最も高かったのは ${highPeriod}（${high}）、最も低かったのは ${lowPeriod}（${low}）です。`,
    'report.summary.revenue': ({ currency, recovered, failed, best, bestPeriod }) =>
      `${currency} では、失敗額 ${failed} のうち ${recovered} が回復しました。最も多かったのは ${bestPeriod}（${best}）です。`,
    'report.summary.timeToRecover': ({ median, p90 }) =>
      `回復した支払いの半数は ${median} 以内、10 件中 9 件は ${p90} 以内に回復しました。`,
    'report.summary.funnel': ({ failed, notified, opened, formOpened, recovered }) =>
      `${failed} 件の支払いが失敗し、${notified} 人のお客様に通知、${opened} 人が通知を開封、${formOpened} 人がフォームを開き、${recovered} 件が回復しました。`,
    'report.summary.reasons': ({ top, topCount, best, bestRate }) =>
      `最も多い拒否理由は「${top}」（請求書 ${topCount} 件）です。最もよく回復したのは「${best}」（${bestRate}）です。`,
    'report.summary.channels': ({ best, recovered, sent }) => `最も多くのお客様を呼び戻したのは ${best} です（送信 ${sent} 件中 ${recovered} 件が回復）。`,
    'report.summary.outcomes': ({ top, topCount, total }) => `失敗した支払い ${total} 件のうち、最も多い結果は「${top}」（${topCount} 件）です。`,
    'report.summary.noData': 'この期間のデータはありません。',
  },
} satisfies ReportTranslation;

export default ja;
