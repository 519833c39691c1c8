import { plural } from './plural.js';
import type { Translation } from './types.js';

/** Simplified Chinese (Mainland China), addressing the reader as 您. */
const zh = {
  locale: 'zh',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `尾号为${last4}的${brand}` : brand),
    'card.generic': '银行卡',
    'paymentMethod.generic': '支付方式',

    'state.expiring.title': '您的银行卡即将到期',
    'state.expiring.body': ({ card, days, date }) =>
      `您的${card}${
        days === 0 ? '今天' : days === 1 ? '明天' : plural('zh', days, { other: '将在#天后' })
      }到期${date ? `（${date}底）` : ''}。请更新银行卡信息，以免订阅中断。`,
    'state.expired.title': '您的银行卡已过期',
    'state.expired.body': ({ card, date }) =>
      `您的${card}${date ? `已于${date}底过期` : '已过期'}。请更新银行卡信息，以保持订阅有效。`,
    'state.failed.title': '上一笔付款未成功',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason}仍有${amount}待支付。` : reason),
    'state.action_required.title': '您的银行需要您确认一笔付款',
    'state.action_required.body': ({ amount }) =>
      `您的银行需要确认这笔${amount ? `${amount}的` : ''}付款确实由您本人发起。只需片刻即可完成。`,
    'state.failed.when': ({ date }) => `我们于${date}首次尝试扣款。`,
    'state.retry': ({ date }) => `我们将于${date}再次尝试扣款。`,
    'state.accessEnds': ({ date }) => `您可以继续使用至${date}。请在此之前更新付款信息，以便继续使用。`,
    'state.updated.title': '谢谢，一切就绪',
    'state.updated.body': ({ card }) => `今后您的订阅将使用${card}付款。`,
    'state.recovered.body': ({ amount }) => (amount ? `您已成功支付${amount}。谢谢！` : '付款已成功。谢谢！'),

    'state.processing.title': '您的银行付款正在处理中',
    'state.processing.body': ({ amount }) =>
      `您的银行正在处理这笔${amount ? `${amount}的` : ''}付款。这可能需要几个工作日，您无需进行任何操作。`,
    'state.missing.title': '添加付款方式',
    'state.missing.body': ({ date }) =>
      date ? `请在${date}前添加付款方式，以便继续订阅。` : '在添加付款方式之前，您的订阅将保持暂停。请添加付款方式以继续。',

    'state.paused.title': '您的订阅已暂停',
    'state.paused.body': ({ date }) =>
      date ? `订阅将于 ${date} 恢复，在此之前不会向您收费。` : '暂停期间不会向您收费。准备好后随时可以恢复。',
    'banner.updateCard': '更新银行卡',
    'banner.addPaymentMethod': '添加付款方式',
    'banner.resume': '立即恢复',
    'banner.confirmPayment': '确认付款',
    'banner.dismiss': '关闭此消息',

    'decline.insufficient_funds.title': '余额不足',
    'decline.insufficient_funds.body': '您的账户余额暂时不足，银行因此拒绝了这笔付款。您可以存入资金后重试，或使用其他银行卡。',
    'decline.expired_card.title': '银行卡已过期',
    'decline.expired_card.body': '银行卡已过期，银行因此拒绝了这笔付款。请添加一张仍在有效期内的银行卡。',
    'decline.incorrect_cvc.title': '安全码不匹配',
    'decline.incorrect_cvc.body': '安全码（卡片上的3位或4位数字）与银行记录不符。请重新输入银行卡信息。',
    'decline.incorrect_number.title': '卡号不正确',
    'decline.incorrect_number.body': '卡号似乎有误。请检查后重新输入。',
    'decline.incorrect_expiry.title': '有效期不正确',
    'decline.incorrect_expiry.body': '有效期与银行卡不符。请核对卡片上的月份和年份，然后重新输入。',
    'decline.incorrect_address.title': '账单地址不匹配',
    'decline.incorrect_address.body': '邮政编码或地址与银行记录不符。请按银行登记的信息准确填写。',
    'decline.card_not_supported.title': '此卡无法在这里使用',
    'decline.card_not_supported.body': '您的银行卡不支持此类付款。请使用其他银行卡，或请银行为您开通。',
    'decline.currency_not_supported.title': '此卡不支持该币种',
    'decline.currency_not_supported.body': '您的银行卡无法使用该币种付款。请使用其他银行卡，或向银行咨询能否开通。',
    'decline.not_allowed.title': '银行拦截了这笔付款',
    'decline.not_allowed.body': '您的银行不允许这张卡进行此笔付款。您可以请银行解除限制，或使用其他银行卡。',
    'decline.payment_stopped.title': '向我们的付款已被停止',
    'decline.payment_stopped.body':
      '您的银行已收到指示，停止从这张卡向我们付款。如需保留订阅，请让银行重新允许付款，或使用其他银行卡。',
    'decline.limit_exceeded.title': '已达到银行卡限额',
    'decline.limit_exceeded.body': '这笔付款将超出您银行卡的消费限额。您可以在额度恢复后重试，或使用其他银行卡。',
    'decline.call_bank.title': '请联系您的银行',
    'decline.call_bank.body': '您的银行拒绝了这笔付款，并请您与其联系。联系电话通常印在银行卡背面。',
    'decline.generic.title': '付款被拒绝',
    'decline.generic.body': '您的银行拒绝了这笔付款，但未告知原因。您可以向银行了解详情，或使用其他银行卡。',
    'decline.temporary.title': '暂时出现问题',
    'decline.temporary.body': '处理付款时出了点问题，并非您操作有误。请稍后再试。',
    'decline.duplicate.title': '这似乎是一笔重复付款',
    'decline.duplicate.body': '刚刚已有一笔相同金额的付款成功，因此银行拦截了这一笔。重试前请先查看您的账单。',
    'decline.invalid_amount.title': '银行未接受该金额',
    'decline.invalid_amount.body': '您的银行未接受这笔付款的金额。请联系银行，或使用其他银行卡。',
    'decline.new_card_details.title': '您的银行卡信息已变更',
    'decline.new_card_details.body': '您的银行已为这张卡更新了卡片信息。请输入新的银行卡信息，以免订阅中断。',
    'decline.account_closed.title': '账户已关闭',
    'decline.account_closed.body': '此支付方式关联的账户已关闭或无法找到。请使用其他支付方式。',
    'decline.authentication_required.title': '您的银行需要您确认',
    'decline.authentication_required.body': '您的银行需要您先确认这笔付款，才能完成支付。确认只需片刻。',
    'decline.authentication_failed.title': '确认未成功',
    'decline.authentication_failed.body': '我们未能通过您的银行确认这笔付款。请重试，或使用其他银行卡。',
    'decline.test_card.title': '无法从此卡扣款',
    'decline.test_card.body': '此卡不能用于真实付款。请使用其他银行卡。',
    'decline.debit_not_authorized.title': '自动扣款未获授权',
    'decline.debit_not_authorized.body':
      '您的银行表示，这笔自动扣款未获授权或已被提出异议。请使用其他支付方式，或请银行允许扣款。',
    'decline.bank_account_problem.title': '银行账户有问题',
    'decline.bank_account_problem.body': '您的银行无法从该账户扣款。请检查账户信息，或使用其他支付方式。',
    'decline.provider_declined.title': '付款被拒绝',
    'decline.provider_declined.body': '支付服务商拒绝了这笔付款。请使用其他支付方式。',

    'action.update_card': '更新银行卡',
    'action.use_another_method': '使用其他银行卡',
    'action.call_bank': '联系您的银行',
    'action.confirm_with_bank': '向银行确认',
    'action.try_again_later': '稍后再试',

    'form.title': '更新付款方式',
    'form.payNow': ({ amount }) => `您的新付款方式将立即被扣款 ${amount}，用于支付逾期款项。`,
    'form.submit': '保存付款方式',
    'form.cancel': '取消',
    'form.loading': '正在加载安全付款表单…',
    'form.saving': '正在保存您的付款方式…',
    'form.confirming': '正在等待您的银行确认…',
    'form.finishing': '正在完成更新…',
    'form.unavailable': '无法加载付款表单。请检查网络连接后重试。',
    'form.retry': '重试',
    'form.interrupted': '更新完成前连接中断。您的信息已保留：请重试以完成更新。不会重复扣款。',
    'form.rateLimited': '短时间内尝试次数过多。请等待几分钟后再试。',
    'form.pending': '您的银行仍在处理此付款方式。确认后您的账户将立即更新。',
    'form.microdeposits': ({ date }) =>
      `请${date ? `在${date}左右` : '在1–2个工作日内'}查看您的银行账户：我们会向其转入一笔小额款项。请通过链接输入该笔款项显示的信息，之后将使用您的银行账户付款。在此之前，您已保存的付款方式保持不变。`,
    'form.microdepositsLink': '验证您的银行账户',
    'form.declinedToo': '这张卡也被拒绝了。您已保存的付款方式未更改，也未产生任何扣款。',

    'wall.notNow': '暂不',
    'wall.paused': '在付款问题解决之前，您的使用权限已暂停。',
    'wall.continue': '继续',
    'wall.logout': '退出登录',
    'wall.support': '联系客服',
    'wall.cancelSubscription': '取消订阅',
  },
} satisfies Translation;

export default zh;
