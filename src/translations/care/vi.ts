import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'mỗi ngày', week: 'mỗi tuần', month: 'mỗi tháng', year: 'mỗi năm' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'mỗi # ngày' },
  week: { other: 'mỗi # tuần' },
  month: { other: 'mỗi # tháng' },
  year: { other: 'mỗi # năm' },
};

/** Vietnamese (“bạn”), as the banner. Dates arrive as “24 tháng 11, 2026”, so they follow “ngày”. */
const vi = {
  locale: 'vi',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Bạn chưa thể thanh toán lúc này?',
    'care.offers.title': 'Lựa chọn khác',
    'care.offers.intro': 'Nếu bây giờ chưa phải lúc thích hợp, bạn không cần phải rời đi. Bạn có thể tạm dừng hoặc chuyển sang gói nhỏ hơn.',
    'care.offers.loading': 'Đang tải các lựa chọn của bạn…',
    'care.offers.error': 'Không thể tải các lựa chọn của bạn và chưa có gì thay đổi. Vui lòng thử lại sau giây lát.',
    'care.offers.none': 'Hiện không có lựa chọn nào khác cho gói đăng ký của bạn. Đội ngũ hỗ trợ của chúng tôi luôn sẵn lòng giúp đỡ.',
    'care.back': 'Quay lại',
    'care.confirm.title': 'Vui lòng kiểm tra trước khi xác nhận',
    'care.working': 'Đang lưu lựa chọn của bạn…',
    'care.failed': 'Không thực hiện được và chưa có gì thay đổi. Vui lòng thử lại.',
    'care.refused': 'Lựa chọn này không còn áp dụng cho gói đăng ký của bạn. Chưa có gì thay đổi.',

    'care.pause.title': 'Tạm dừng gói đăng ký',
    'care.pause.length': 'Trong bao lâu?',
    'care.pause.months': ({ months }) => plural('vi', months, { other: '# tháng' }),
    'care.pause.resumesOn': ({ date }) => `Việc tính phí sẽ bắt đầu lại vào ngày ${date}.`,
    'care.pause.stopsService': 'Cho đến lúc đó, gói đăng ký của bạn sẽ tạm ngừng và bạn sẽ không bị tính phí.',
    'care.pause.keepsService': 'Bạn vẫn có thể tiếp tục sử dụng dịch vụ và sẽ không bị tính phí cho đến lúc đó.',
    'care.pause.noAccess': 'Trong thời gian tạm dừng, bạn sẽ không thể dùng các tính năng trả phí của tài khoản.',
    'care.pause.confirm': ({ months }) => plural('vi', months, { other: 'Tạm dừng # tháng' }),
    'care.pause.done': ({ date }) => `Gói đăng ký của bạn đã tạm dừng. Việc tính phí sẽ bắt đầu lại vào ngày ${date}.`,

    'care.overdue.void': ({ amount }) => `Khoản chưa thanh toán ${amount} sẽ được hủy: bạn sẽ không còn nợ khoản này.`,
    'care.overdue.leaveOpen': ({ amount }) => `Khoản chưa thanh toán ${amount} vẫn cần được thanh toán và chúng tôi sẽ tiếp tục thử thu khoản này.`,

    'care.plan.title': 'Chuyển sang gói nhỏ hơn',
    'care.plan.current': ({ plan, price }) => `Gói hiện tại của bạn: ${plan} (${price}).`,
    'care.plan.choose': 'Chọn gói',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Hôm nay bạn sẽ bị tính ${amount} qua phương thức thanh toán đã lưu, sau đó vào mỗi lần gia hạn.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Bạn sẽ trả ${amount} từ hóa đơn tiếp theo vào ngày ${date}.` : `Bạn sẽ trả ${amount} từ hóa đơn tiếp theo.`,
    'care.plan.prorate': 'Mọi khoản chênh lệch cho kỳ hiện tại sẽ được quyết toán trong hóa đơn tiếp theo.',
    'care.plan.prorateNow': 'Mọi khoản chênh lệch cho kỳ hiện tại sẽ được tính phí hoặc hoàn lại ngay.',
    'care.plan.confirm': ({ plan }) => `Chuyển sang ${plan}`,
    'care.plan.done': ({ plan }) => `Bạn hiện đang dùng gói ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('vi', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Đang tiếp tục gói đăng ký của bạn…',
    'care.resume.done': 'Chào mừng bạn quay lại! Gói đăng ký của bạn đã hoạt động trở lại.',

    'care.support.open': 'Liên hệ hỗ trợ',
    'care.support.subject': 'Cần hỗ trợ về khoản thanh toán',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Xin chào,',
        '',
        'Tôi cần hỗ trợ về khoản thanh toán của mình.',
        '',
        `Những gì tôi thấy: ${summary}`,
        ...(reason ? [`Ngân hàng cho biết: ${reason}`] : []),
        ...(invoice ? [`Hóa đơn: ${invoice}`] : []),
        ...(amount ? [`Số tiền cần thanh toán: ${amount}`] : []),
        '',
        'Cảm ơn',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Hôm nay đã thanh toán ${amount}.`,
    'care.receipt.next': ({ date }) => `Lần thanh toán tiếp theo của bạn là vào ngày ${date}.`,

    'care.rating.question': 'Việc này có dễ không?',
    'care.rating.send': 'Gửi',
    'care.rating.1': 'Rất khó',
    'care.rating.2': 'Khó',
    'care.rating.3': 'Không dễ cũng không khó',
    'care.rating.4': 'Dễ',
    'care.rating.5': 'Rất dễ',
    'care.rating.thanks': 'Cảm ơn bạn đã chia sẻ.',
  },
} satisfies CareTranslation;

export default vi;
