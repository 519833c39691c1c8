import type { NotifyStrings } from './types.js';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "thẻ Visa" → "thẻ Visa của bạn"; a phrase with the last digits already says which card (as the banner). */
const yours = (card: string) => (card.includes(' có số cuối ') ? card : `${card} của bạn`);

/**
 * Vietnamese (vi): "bạn", as in the banner (`src/translations/vi.ts`): "thẻ", "thanh toán", "gói đăng
 * ký", "phương thức thanh toán". SMS are written without tone marks, as Vietnamese service SMS
 * usually are: one accented letter would turn the whole message into UCS-2 and halve it.
 */
export default {
  locale: 'vi',
  messages: {
    'subject.failed': ({ merchant }) => `Thanh toán ${merchant} của bạn chưa thành công`,
    'subject.action_required': ({ merchant }) => `Vui lòng xác nhận khoản thanh toán ${merchant} của bạn`,
    'subject.expiring': ({ merchant }) => `Thẻ bạn dùng cho ${merchant} sắp hết hạn`,
    'subject.final': ({ merchant }) => `Cần bạn xử lý: khoản thanh toán ${merchant} vẫn chưa hoàn tất`,
    'subject.reminder': ({ merchant }) => `Nhắc nhở: khoản thanh toán ${merchant} của bạn vẫn chưa hoàn tất`,
    'subject.access_ends': ({ merchant }) => `Quyền truy cập ${merchant} của bạn sắp kết thúc`,
    'subject.recovered': ({ merchant }) => `Cảm ơn bạn: khoản thanh toán ${merchant} đã thành công`,

    'lead.failed': ({ merchant }) => `Chúng tôi chưa thu được khoản thanh toán gần nhất cho gói đăng ký ${merchant} của bạn.`,
    'lead.action_required': ({ merchant }) => `Ngân hàng cần bạn xác nhận khoản thanh toán gần nhất cho ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Thẻ bạn dùng để thanh toán cho ${merchant} sắp hết hạn.`,
    'lead.final': ({ merchant }) =>
      `Chúng tôi đã thử nhiều lần nhưng chưa thu được khoản thanh toán cho gói đăng ký ${merchant} của bạn, và sẽ không tự động thử lại nữa.`,
    'lead.reminder': ({ merchant }) => `Xin nhắc bạn: khoản thanh toán cho gói đăng ký ${merchant} của bạn vẫn chưa hoàn tất.`,
    'lead.access_ends': ({ merchant }) =>
      `Quyền truy cập ${merchant} của bạn sắp kết thúc vì vẫn còn một khoản thanh toán chưa hoàn tất.`,
    'lead.recovered': ({ merchant }) =>
      `Cảm ơn bạn! Khoản thanh toán cho ${merchant} đã thành công và gói đăng ký của bạn vẫn hoạt động bình thường.`,

    // SMS: without tone marks (GSM 7-bit), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: thanh toan cua ban chua thanh cong. Cap nhat the tai day: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: ngan hang can ban xac nhan mot khoan thanh toan: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: the cua ban se het han truoc lan thanh toan tiep theo. Cap nhat tai day: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: khoan thanh toan van chua hoan tat va chung toi se khong thu lai. Xu ly tai day: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: nhac nho, khoan thanh toan van chua hoan tat. Xu ly tai day: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: quyen truy cap sap ket thuc vi con khoan thanh toan chua hoan tat. Xu ly tai day: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: cam on ban, thanh toan da thanh cong. Chi tiet: ${link}`,
    'sms.help': ({ contact }) => `Ho tro: ${contact}`,

    'email.greeting': ({ name }) => `Xin chào ${name},`,
    'email.greetingNoName': 'Xin chào,',
    'email.cta.update': 'Cập nhật phương thức thanh toán',
    'email.cta.confirm': 'Xác nhận thanh toán',
    'email.cta.view': 'Xem chi tiết thanh toán',
    'email.linkFallback': 'Nếu nút không hoạt động, hãy sao chép liên kết này vào trình duyệt:',
    'email.support': ({ contact }) => `Bạn có câu hỏi? Chúng tôi luôn sẵn lòng hỗ trợ: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Bạn nhận được email này vì bạn có gói đăng ký ${merchant}. Email liên quan đến việc thanh toán của bạn nên vẫn được gửi kể cả khi bạn đã hủy nhận tin tức.`,

    'tone.soft':
      'Tình trạng này thường chỉ là tạm thời và thẻ của bạn không có vấn đề gì: nạp thêm tiền hoặc thử lại sau thường sẽ giải quyết được.',
    'tone.hard': 'Thẻ này không thể dùng cho gói đăng ký của bạn nữa. Vui lòng thêm thẻ hoặc phương thức thanh toán khác.',

    'recovered.paid': ({ amount, date }) => `Chúng tôi đã nhận được ${amount} vào ngày ${date}.`,
    'recovered.next': ({ date }) => `Khoản thanh toán tiếp theo của bạn đến hạn vào ngày ${date}.`,
    'expiring.before': ({ card, date }) =>
      `${cap(yours(card))} sẽ hết hạn trước lần thanh toán tiếp theo vào ngày ${date}. Hãy cập nhật ngay để mọi thứ không bị gián đoạn.`,
    'reminder.still': 'Chỉ mất một phút để xử lý, và gói đăng ký của bạn vẫn tiếp tục hoạt động.',
    'accessEnds.when': ({ date }) => `Nếu khoản thanh toán không được xử lý, quyền truy cập của bạn sẽ kết thúc vào ngày ${date}.`,

    'page.title': ({ merchant }) => `Cập nhật phương thức thanh toán · ${merchant}`,
    'page.heading': 'Cập nhật phương thức thanh toán của bạn',
    'page.intro': ({ merchant }) =>
      `Thêm thẻ mới hoặc phương thức thanh toán mới cho gói đăng ký ${merchant} của bạn. Không cần đăng nhập.`,
    'page.done': 'Xong rồi. Cảm ơn bạn! Bạn có thể đóng trang này.',
    'page.invalid.title': 'Liên kết này không hoạt động',
    'page.invalid.body':
      'Liên kết có thể không đầy đủ. Vui lòng mở lại liên kết từ tin nhắn chúng tôi đã gửi, hoặc đăng nhập vào tài khoản để cập nhật phương thức thanh toán.',
    'page.expired.title': 'Liên kết này đã hết hạn',
    'page.expired.body':
      'Để bảo mật cho bạn, liên kết cập nhật chỉ có hiệu lực trong thời gian giới hạn. Vui lòng đăng nhập vào tài khoản để cập nhật phương thức thanh toán.',
    'page.used.title': 'Việc này đã được xử lý',
    'page.used.body':
      'Khoản thanh toán mà liên kết này dành cho đã được xử lý, vì vậy liên kết không còn hiệu lực. Bạn không cần làm gì thêm.',
    'page.signIn': 'Đăng nhập vào tài khoản của bạn',
    'page.help': ({ contact }) => `Cần trợ giúp? Liên hệ với chúng tôi: ${contact}`,
    'page.noscript': 'Vui lòng bật JavaScript để cập nhật phương thức thanh toán một cách an toàn.',
  },
} satisfies NotifyStrings;
