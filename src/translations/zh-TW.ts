import { plural } from './plural.js';
import type { Translation } from './types.js';

/** Traditional Chinese (Taiwan, also used for Hong Kong), addressing the reader as 您. */
const zhTW = {
  locale: 'zh-TW',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `末四碼${last4}的${brand}` : brand),
    'card.generic': '卡片',
    'paymentMethod.generic': '付款方式',

    'state.expiring.title': '您的卡片即將到期',
    'state.expiring.body': ({ card, days, date }) =>
      `您的${card}${
        days === 0 ? '今天' : days === 1 ? '明天' : plural('zh-TW', days, { other: '將於#天後' })
      }到期${date ? `（${date}底）` : ''}。請更新卡片資料，以免訂閱中斷。`,
    'state.expired.title': '您的卡片已過期',
    'state.expired.body': ({ card, date }) =>
      `您的${card}${date ? `已於${date}底到期` : '已過期'}。請更新卡片資料，讓訂閱維持有效。`,
    'state.failed.title': '上一筆付款未成功',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason}尚有${amount}待付款。` : reason),
    'state.action_required.title': '您的銀行需要您確認一筆付款',
    'state.action_required.body': ({ amount }) =>
      `您的銀行需要確認這筆${amount ? `${amount}的` : ''}付款確實是您本人所為。只需片刻即可完成。`,
    'state.failed.when': ({ date }) => `我們於${date}首次嘗試扣款。`,
    'state.retry': ({ date }) => `我們將於${date}再次嘗試扣款。`,
    'state.accessEnds': ({ date }) => `您可繼續使用至${date}。請在此之前更新付款資料，以便繼續使用。`,
    'state.updated.title': '謝謝，一切就緒',
    'state.updated.body': ({ card }) => `今後您的訂閱將使用${card}付款。`,
    'state.recovered.body': ({ amount }) => (amount ? `您已成功支付${amount}。謝謝！` : '付款已成功。謝謝！'),

    'state.processing.title': '您的銀行付款正在處理中',
    'state.processing.body': ({ amount }) =>
      `您的銀行正在處理這筆${amount ? `${amount}的` : ''}付款。這可能需要幾個工作天，您不需要進行任何操作。`,
    'state.missing.title': '新增付款方式',
    'state.missing.body': ({ date }) =>
      date ? `請在${date}前新增付款方式，以便繼續訂閱。` : '在新增付款方式之前，您的訂閱將維持暫停。請新增付款方式以繼續。',

    'state.paused.title': '您的訂閱已暫停',
    'state.paused.body': ({ date }) =>
      date ? `訂閱將於 ${date} 恢復，在此之前不會向您收費。` : '暫停期間不會向您收費。準備好後隨時可以恢復。',
    'banner.updateCard': '更新卡片',
    'banner.addPaymentMethod': '新增付款方式',
    'banner.resume': '立即恢復',
    'banner.confirmPayment': '確認付款',
    'banner.dismiss': '關閉此訊息',

    'decline.insufficient_funds.title': '餘額不足',
    'decline.insufficient_funds.body': '您的帳戶目前餘額不足，銀行因此拒絕了這筆付款。您可以存入款項後再試一次，或改用其他卡片。',
    'decline.expired_card.title': '卡片已過期',
    'decline.expired_card.body': '卡片已過期，銀行因此拒絕了這筆付款。請新增一張仍在有效期限內的卡片。',
    'decline.incorrect_cvc.title': '安全碼不符',
    'decline.incorrect_cvc.body': '安全碼（卡片上的3或4位數字）與銀行的資料不符。請重新輸入卡片資料。',
    'decline.incorrect_number.title': '卡號不正確',
    'decline.incorrect_number.body': '卡號似乎有誤。請檢查後再重新輸入。',
    'decline.incorrect_expiry.title': '有效期限不正確',
    'decline.incorrect_expiry.body': '有效期限與卡片不符。請核對卡片上的月份和年份，再重新輸入。',
    'decline.incorrect_address.title': '帳單地址不符',
    'decline.incorrect_address.body': '郵遞區號或地址與銀行登記的資料不符。請完全依照銀行登記的資料輸入。',
    'decline.card_not_supported.title': '這張卡片無法在此使用',
    'decline.card_not_supported.body': '您的卡片不支援這類付款。請改用其他卡片，或請銀行為您開通。',
    'decline.currency_not_supported.title': '卡片不支援此幣別',
    'decline.currency_not_supported.body': '您的卡片無法以此幣別付款。請改用其他卡片，或詢問銀行能否開通。',
    'decline.not_allowed.title': '銀行封鎖了這筆付款',
    'decline.not_allowed.body': '您的銀行不允許這張卡片進行這筆付款。您可以請銀行解除限制，或改用其他卡片。',
    'decline.payment_stopped.title': '付款給我們的交易已被停止',
    'decline.payment_stopped.body':
      '您的銀行已收到要求，停止從這張卡片付款給我們。如果想保留訂閱，請聯絡銀行重新允許付款，或改用其他卡片。',
    'decline.limit_exceeded.title': '已達卡片額度上限',
    'decline.limit_exceeded.body': '這筆付款會超出卡片的消費額度。您可以等額度恢復後再試一次，或改用其他卡片。',
    'decline.call_bank.title': '請與您的銀行聯絡',
    'decline.call_bank.body': '您的銀行拒絕了這筆付款，並請您與他們聯絡。電話號碼通常印在卡片背面。',
    'decline.generic.title': '付款遭拒',
    'decline.generic.body': '您的銀行拒絕了這筆付款，但沒有說明原因。您可以向銀行詢問詳情，或改用其他卡片。',
    'decline.temporary.title': '暫時發生問題',
    'decline.temporary.body': '處理付款時出了點問題，並非您操作有誤。請稍後再試一次。',
    'decline.duplicate.title': '這似乎是重複的付款',
    'decline.duplicate.body': '剛才已有一筆相同金額的付款成功，因此銀行攔下了這一筆。再試一次前，請先查看您的帳單明細。',
    'decline.invalid_amount.title': '銀行未接受此金額',
    'decline.invalid_amount.body': '您的銀行未接受這筆付款的金額。請聯絡銀行，或改用其他卡片。',
    'decline.new_card_details.title': '您的卡片資料已變更',
    'decline.new_card_details.body': '您的銀行已為這張卡片核發新的資料。請輸入新的卡片資料，以免訂閱中斷。',
    'decline.account_closed.title': '帳戶已關閉',
    'decline.account_closed.body': '此付款方式連結的帳戶已關閉或找不到。請改用其他付款方式。',
    'decline.authentication_required.title': '您的銀行需要您確認',
    'decline.authentication_required.body': '您的銀行需要您先確認這筆付款，才能完成扣款。確認只需片刻。',
    'decline.authentication_failed.title': '確認未成功',
    'decline.authentication_failed.body': '我們無法透過您的銀行確認這筆付款。請再試一次，或改用其他卡片。',
    'decline.test_card.title': '無法向這張卡片扣款',
    'decline.test_card.body': '這張卡片無法用於實際付款。請改用其他卡片。',
    'decline.debit_not_authorized.title': '自動扣款未獲授權',
    'decline.debit_not_authorized.body':
      '您的銀行表示，這筆自動扣款未獲授權或已被提出異議。請改用其他付款方式，或請銀行允許扣款。',
    'decline.bank_account_problem.title': '銀行帳戶有問題',
    'decline.bank_account_problem.body': '您的銀行無法從這個帳戶扣款。請檢查帳戶資料，或改用其他付款方式。',
    'decline.provider_declined.title': '付款遭拒',
    'decline.provider_declined.body': '付款服務商拒絕了這筆付款。請改用其他付款方式。',

    'action.update_card': '更新卡片',
    'action.use_another_method': '改用其他卡片',
    'action.call_bank': '聯絡您的銀行',
    'action.confirm_with_bank': '向銀行確認',
    'action.try_again_later': '稍後再試',

    'form.title': '更新付款方式',
    'form.payNow': ({ amount }) => `您的新付款方式將立即扣款 ${amount}，用於支付逾期款項。`,
    'form.submit': '儲存付款方式',
    'form.cancel': '取消',
    'form.loading': '正在載入安全付款表單…',
    'form.saving': '正在儲存您的付款方式…',
    'form.confirming': '正在等候您的銀行確認…',
    'form.finishing': '正在完成更新…',
    'form.unavailable': '無法載入付款表單。請檢查網路連線後再試一次。',
    'form.retry': '再試一次',
    'form.interrupted': '更新完成前連線中斷。您的資料已保留：請再試一次以完成更新。不會重複扣款。',
    'form.rateLimited': '短時間內嘗試次數過多。請稍候幾分鐘再試。',
    'form.pending': '您的銀行仍在處理此付款方式。確認後您的帳戶將立即更新。',
    'form.microdeposits': ({ date }) =>
      `請${date ? `在${date}左右` : '在1–2個工作天內'}查看您的銀行帳戶：我們會匯入一筆小額款項。請透過連結輸入該筆款項顯示的資訊，之後將改用您的銀行帳戶付款。在此之前，您已儲存的付款方式維持不變。`,
    'form.microdepositsLink': '驗證您的銀行帳戶',
    'form.declinedToo': '這張卡也被拒絕了。您已儲存的付款方式未變更，也未產生任何扣款。',

    'wall.notNow': '稍後再說',
    'wall.paused': '在付款問題解決之前，您的使用權限已暫停。',
    'wall.continue': '繼續',
    'wall.logout': '登出',
    'wall.support': '聯絡客服',
    'wall.cancelSubscription': '取消訂閱',
  },
} satisfies Translation;

export default zhTW;
