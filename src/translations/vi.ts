import { plural } from './plural.js';
import type { Translation } from './types.js';

const CARD = 'thẻ';
const METHOD = 'phương thức thanh toán';
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "thẻ Visa" → "thẻ Visa của bạn"; a phrase with the last digits already says which card. */
const yours = (card: string) => (card.includes(' có số cuối ') ? card : `${card} của bạn`);

/** Vietnamese. */
const vi = {
  locale: 'vi',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => {
      const card = brand === CARD || brand === METHOD ? brand : `${CARD} ${brand}`;
      return last4 ? `${card} có số cuối ${last4}` : card;
    },
    'card.generic': CARD,
    'paymentMethod.generic': METHOD,

    'state.expiring.title': 'Thẻ của bạn sắp hết hạn',
    'state.expiring.body': ({ card, days, date }) =>
      `${cap(yours(card))} ${
        days === 0
          ? 'hết hạn hôm nay'
          : days === 1
            ? 'sẽ hết hạn vào ngày mai'
            : plural('vi', days, { other: 'sẽ hết hạn sau # ngày' })
      }${date ? ` (cuối ${date})` : ''}. Hãy cập nhật thẻ để gói đăng ký của bạn không bị gián đoạn.`,
    'state.expired.title': 'Thẻ của bạn đã hết hạn',
    'state.expired.body': ({ card, date }) =>
      `${cap(yours(card))} đã hết hạn${date ? ` vào cuối ${date}` : ''}. Hãy cập nhật thẻ để gói đăng ký của bạn tiếp tục hoạt động.`,
    'state.failed.title': 'Lần thanh toán gần nhất của bạn chưa thành công',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Bạn vẫn còn ${amount} cần thanh toán.` : reason),
    'state.action_required.title': 'Ngân hàng cần bạn xác nhận một khoản thanh toán',
    'state.action_required.body': ({ amount }) =>
      `Ngân hàng muốn chắc chắn rằng khoản thanh toán ${amount ?? 'này'} đúng là do bạn thực hiện. Chỉ mất một lát thôi.`,
    'state.failed.when': ({ date }) => `Chúng tôi đã thử thanh toán lần đầu vào ngày ${date}.`,
    'state.retry': ({ date }) => `Chúng tôi sẽ thử thanh toán lại vào ngày ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Bạn có thể tiếp tục truy cập đến ngày ${date}. Hãy cập nhật thông tin thanh toán trước ngày đó để không bị gián đoạn.`,
    'state.updated.title': 'Cảm ơn bạn, mọi thứ đã sẵn sàng',
    'state.updated.body': ({ card }) => `Từ nay, ${card} sẽ được dùng cho gói đăng ký của bạn.`,
    'state.recovered.body': ({ amount }) =>
      amount ? `Khoản thanh toán ${amount} của bạn đã thành công. Cảm ơn bạn!` : 'Thanh toán của bạn đã thành công. Cảm ơn bạn!',

    'state.processing.title': 'Khoản thanh toán qua ngân hàng của bạn đang được xử lý',
    'state.processing.body': ({ amount }) =>
      `Ngân hàng đang xử lý khoản thanh toán ${amount ?? 'của bạn'}. Việc này có thể mất vài ngày làm việc và bạn không cần làm gì thêm.`,
    'state.missing.title': 'Thêm phương thức thanh toán',
    'state.missing.body': ({ date }) =>
      date
        ? `Gói đăng ký của bạn cần có phương thức thanh toán chậm nhất vào ngày ${date} để tiếp tục.`
        : 'Gói đăng ký của bạn đang tạm dừng cho đến khi có phương thức thanh toán.',

    'state.paused.title': 'Gói đăng ký của bạn đang tạm dừng',
    'state.paused.body': ({ date }) =>
      date ? `Bạn sẽ không bị tính phí cho đến ${date}, khi gói đăng ký bắt đầu lại.` : 'Bạn sẽ không bị tính phí trong thời gian tạm dừng. Hãy tiếp tục bất cứ khi nào bạn sẵn sàng.',
    'banner.updateCard': 'Cập nhật thẻ',
    'banner.addPaymentMethod': 'Thêm phương thức thanh toán',
    'banner.resume': 'Tiếp tục ngay',
    'banner.confirmPayment': 'Xác nhận thanh toán',
    'banner.dismiss': 'Đóng thông báo này',

    'decline.insufficient_funds.title': 'Không đủ số dư',
    'decline.insufficient_funds.body':
      'Ngân hàng đã từ chối thanh toán vì tài khoản hiện không đủ số dư. Bạn có thể nạp thêm tiền rồi thử lại, hoặc dùng thẻ khác.',
    'decline.expired_card.title': 'Thẻ đã hết hạn',
    'decline.expired_card.body': 'Ngân hàng đã từ chối thanh toán vì thẻ đã hết hạn. Vui lòng thêm một thẻ còn hiệu lực.',
    'decline.incorrect_cvc.title': 'Mã bảo mật không khớp',
    'decline.incorrect_cvc.body':
      'Mã bảo mật (3 hoặc 4 chữ số trên thẻ) không khớp với thông tin của ngân hàng. Vui lòng nhập lại thông tin thẻ.',
    'decline.incorrect_number.title': 'Số thẻ chưa đúng',
    'decline.incorrect_number.body': 'Số thẻ có vẻ chưa chính xác. Vui lòng kiểm tra và nhập lại.',
    'decline.incorrect_expiry.title': 'Ngày hết hạn chưa đúng',
    'decline.incorrect_expiry.body': 'Ngày hết hạn không khớp với thẻ. Vui lòng kiểm tra tháng và năm trên thẻ rồi nhập lại.',
    'decline.incorrect_address.title': 'Địa chỉ thanh toán không khớp',
    'decline.incorrect_address.body':
      'Mã bưu chính hoặc địa chỉ không khớp với thông tin ngân hàng đang lưu. Vui lòng nhập chính xác như ngân hàng đã ghi nhận.',
    'decline.card_not_supported.title': 'Không thể dùng thẻ này tại đây',
    'decline.card_not_supported.body':
      'Thẻ của bạn không hỗ trợ loại thanh toán này. Vui lòng dùng thẻ khác, hoặc đề nghị ngân hàng bật tính năng này.',
    'decline.currency_not_supported.title': 'Thẻ không hỗ trợ loại tiền tệ này',
    'decline.currency_not_supported.body':
      'Thẻ của bạn không thể thanh toán bằng loại tiền tệ này. Vui lòng dùng thẻ khác, hoặc hỏi ngân hàng xem có thể bật tính năng này không.',
    'decline.not_allowed.title': 'Ngân hàng đã chặn khoản thanh toán này',
    'decline.not_allowed.body':
      'Ngân hàng không cho phép khoản thanh toán này trên thẻ của bạn. Ngân hàng có thể gỡ hạn chế, hoặc bạn có thể dùng thẻ khác.',
    'decline.payment_stopped.title': 'Các khoản thanh toán cho chúng tôi đã bị dừng',
    'decline.payment_stopped.body':
      'Ngân hàng của bạn đã nhận yêu cầu dừng các khoản thanh toán từ thẻ này cho chúng tôi. Nếu muốn tiếp tục gói đăng ký, hãy đề nghị ngân hàng cho phép lại hoặc dùng thẻ khác.',
    'decline.limit_exceeded.title': 'Thẻ đã đạt hạn mức',
    'decline.limit_exceeded.body':
      'Khoản thanh toán này sẽ vượt hạn mức chi tiêu của thẻ. Bạn có thể thử lại khi hạn mức được làm mới, hoặc dùng thẻ khác.',
    'decline.call_bank.title': 'Ngân hàng cần bạn liên hệ',
    'decline.call_bank.body':
      'Ngân hàng đã từ chối thanh toán và đề nghị bạn liên hệ với họ. Số điện thoại thường in ở mặt sau thẻ.',
    'decline.generic.title': 'Thanh toán bị từ chối',
    'decline.generic.body':
      'Ngân hàng đã từ chối thanh toán mà không cho chúng tôi biết lý do. Ngân hàng có thể giải thích thêm cho bạn, hoặc bạn có thể dùng thẻ khác.',
    'decline.temporary.title': 'Sự cố tạm thời',
    'decline.temporary.body':
      'Đã có lỗi khi xử lý thanh toán, và đây không phải lỗi của bạn. Vui lòng thử lại sau ít phút.',
    'decline.duplicate.title': 'Có vẻ đây là thanh toán trùng lặp',
    'decline.duplicate.body':
      'Một khoản thanh toán cùng số tiền vừa được thực hiện, nên ngân hàng đã dừng khoản này. Vui lòng kiểm tra sao kê trước khi thử lại.',
    'decline.invalid_amount.title': 'Ngân hàng không chấp nhận số tiền',
    'decline.invalid_amount.body':
      'Ngân hàng không chấp nhận số tiền của khoản thanh toán này. Vui lòng liên hệ ngân hàng, hoặc dùng thẻ khác.',
    'decline.new_card_details.title': 'Thông tin thẻ của bạn đã thay đổi',
    'decline.new_card_details.body':
      'Ngân hàng đã cấp thông tin mới cho thẻ này. Vui lòng nhập thông tin thẻ mới để gói đăng ký tiếp tục hoạt động.',
    'decline.account_closed.title': 'Tài khoản đã đóng',
    'decline.account_closed.body':
      'Tài khoản liên kết với phương thức thanh toán này đã đóng hoặc không tìm thấy. Vui lòng dùng phương thức thanh toán khác.',
    'decline.authentication_required.title': 'Ngân hàng cần bạn xác nhận',
    'decline.authentication_required.body':
      'Ngân hàng muốn bạn xác nhận khoản thanh toán này trước khi thực hiện. Việc xác nhận chỉ mất một lát.',
    'decline.authentication_failed.title': 'Xác nhận chưa thành công',
    'decline.authentication_failed.body':
      'Chúng tôi không thể xác nhận thanh toán với ngân hàng của bạn. Vui lòng thử lại, hoặc dùng thẻ khác.',
    'decline.test_card.title': 'Không thể trừ tiền từ thẻ này',
    'decline.test_card.body': 'Không thể dùng thẻ này cho các khoản thanh toán thật. Vui lòng dùng thẻ khác.',
    'decline.debit_not_authorized.title': 'Lệnh trích nợ tự động chưa được cho phép',
    'decline.debit_not_authorized.body':
      'Ngân hàng cho biết lệnh trích nợ tự động chưa được cho phép hoặc đã bị khiếu nại. Vui lòng dùng phương thức thanh toán khác, hoặc đề nghị ngân hàng cho phép.',
    'decline.bank_account_problem.title': 'Có vấn đề với tài khoản ngân hàng',
    'decline.bank_account_problem.body':
      'Ngân hàng không thể trừ tiền từ tài khoản này. Vui lòng kiểm tra thông tin tài khoản hoặc dùng phương thức thanh toán khác.',
    'decline.provider_declined.title': 'Thanh toán bị từ chối',
    'decline.provider_declined.body': 'Dịch vụ thanh toán đã từ chối khoản thanh toán này. Vui lòng dùng phương thức thanh toán khác.',

    'action.update_card': 'Cập nhật thẻ của bạn',
    'action.use_another_method': 'Dùng thẻ khác',
    'action.call_bank': 'Liên hệ ngân hàng',
    'action.confirm_with_bank': 'Xác nhận với ngân hàng',
    'action.try_again_later': 'Thử lại sau',

    'form.title': 'Cập nhật phương thức thanh toán',
    'form.payNow': ({ amount }) => `Phương thức thanh toán mới của bạn sẽ bị trừ ngay ${amount} cho khoản thanh toán đến hạn.`,
    'form.submit': 'Lưu phương thức thanh toán',
    'form.cancel': 'Hủy',
    'form.loading': 'Đang tải biểu mẫu thanh toán bảo mật…',
    'form.saving': 'Đang lưu phương thức thanh toán của bạn…',
    'form.confirming': 'Đang chờ ngân hàng của bạn xác nhận…',
    'form.finishing': 'Đang hoàn tất cập nhật…',
    'form.unavailable': 'Không thể tải biểu mẫu thanh toán. Vui lòng kiểm tra kết nối và thử lại.',
    'form.retry': 'Thử lại',
    'form.interrupted': 'Kết nối bị gián đoạn trước khi cập nhật hoàn tất. Thông tin của bạn vẫn được giữ lại: hãy thử lại để hoàn tất. Bạn sẽ không bị trừ tiền hai lần.',
    'form.rateLimited': 'Có quá nhiều lần thử trong thời gian ngắn. Vui lòng đợi vài phút rồi thử lại.',
    'form.pending': 'Ngân hàng của bạn vẫn đang xử lý phương thức thanh toán này. Tài khoản của bạn sẽ được cập nhật ngay khi được xác nhận.',
    'form.microdeposits': ({ date }) =>
      `Hãy kiểm tra tài khoản ngân hàng của bạn ${date ? `vào khoảng ngày ${date}` : 'trong 1–2 ngày làm việc'}: chúng tôi sẽ gửi một khoản tiền nhỏ vào đó. Hãy mở liên kết để nhập thông tin hiển thị trên giao dịch đó. Trước đó, phương thức thanh toán đã lưu của bạn vẫn giữ nguyên.`,
    'form.microdepositsLink': 'Xác minh tài khoản ngân hàng',
    'form.declinedToo': 'Thẻ này cũng bị từ chối. Phương thức thanh toán đã lưu của bạn không thay đổi và không có khoản nào bị trừ.',

    'wall.notNow': 'Để sau',
    'wall.paused': 'Quyền truy cập của bạn bị tạm dừng cho đến khi khoản thanh toán được xử lý.',
    'wall.continue': 'Tiếp tục',
    'wall.logout': 'Đăng xuất',
    'wall.support': 'Liên hệ hỗ trợ',
    'wall.cancelSubscription': 'Hủy gói đăng ký',
  },
} satisfies Translation;

export default vi;
