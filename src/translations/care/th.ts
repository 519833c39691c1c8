import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'ต่อวัน', week: 'ต่อสัปดาห์', month: 'ต่อเดือน', year: 'ต่อปี' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'ทุก # วัน' },
  week: { other: 'ทุก # สัปดาห์' },
  month: { other: 'ทุก # เดือน' },
  year: { other: 'ทุก # ปี' },
};

/**
 * Thai (polite), as the banner: a space around values (amounts, dates, names) and between
 * phrases, none inside a Thai phrase, and no full stop. The support email avoids ครับ/ค่ะ,
 * which would say whether the writer is a man or a woman.
 */
const th = {
  locale: 'th',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'ตอนนี้ยังชำระเงินไม่สะดวกใช่ไหม',
    'care.offers.title': 'ทางเลือกอื่น',
    'care.offers.intro': 'หากตอนนี้ยังไม่สะดวก คุณไม่จำเป็นต้องยกเลิก คุณสามารถหยุดพักชั่วคราวหรือเปลี่ยนไปใช้แพ็กเกจที่เล็กลงได้',
    'care.offers.loading': 'กำลังโหลดทางเลือกของคุณ…',
    'care.offers.error': 'โหลดทางเลือกของคุณไม่สำเร็จ และไม่มีสิ่งใดเปลี่ยนแปลง โปรดลองอีกครั้งในอีกสักครู่',
    'care.offers.none': 'ขณะนี้ไม่มีทางเลือกอื่นสำหรับการสมัครใช้งานของคุณ ทีมสนับสนุนของเรายินดีช่วยเหลือ',
    'care.back': 'ย้อนกลับ',
    'care.confirm.title': 'โปรดตรวจสอบก่อนยืนยัน',
    'care.working': 'กำลังบันทึกตัวเลือกของคุณ…',
    'care.failed': 'ดำเนินการไม่สำเร็จ และไม่มีสิ่งใดเปลี่ยนแปลง โปรดลองอีกครั้ง',
    'care.refused': 'ทางเลือกนี้ใช้กับการสมัครใช้งานของคุณไม่ได้แล้ว ไม่มีสิ่งใดเปลี่ยนแปลง',

    'care.pause.title': 'หยุดการสมัครใช้งานชั่วคราว',
    'care.pause.length': 'นานเท่าไร',
    'care.pause.months': ({ months }) => plural('th', months, { other: '# เดือน' }),
    'care.pause.resumesOn': ({ date }) => `การเรียกเก็บเงินจะเริ่มอีกครั้งในวันที่ ${date}`,
    'care.pause.stopsService': 'ระหว่างนี้การสมัครใช้งานของคุณจะหยุดไว้ และคุณจะไม่ถูกเรียกเก็บเงิน',
    'care.pause.keepsService': 'คุณยังใช้บริการได้ตามปกติ และจะไม่ถูกเรียกเก็บเงินจนถึงวันนั้น',
    'care.pause.noAccess': 'ระหว่างหยุดชั่วคราว คุณจะใช้ฟีเจอร์แบบชำระเงินของบัญชีไม่ได้',
    'care.pause.confirm': ({ months }) => plural('th', months, { other: 'หยุดชั่วคราว # เดือน' }),
    'care.pause.done': ({ date }) => `หยุดการสมัครใช้งานชั่วคราวแล้ว การเรียกเก็บเงินจะเริ่มอีกครั้งในวันที่ ${date}`,

    'care.overdue.void': ({ amount }) => `ยอดค้างชำระ ${amount} จะถูกยกเลิก คุณไม่ต้องชำระยอดนี้`,
    'care.overdue.leaveOpen': ({ amount }) => `ยอดค้างชำระ ${amount} ยังคงต้องชำระ และเราจะพยายามเรียกเก็บต่อไป`,

    'care.plan.title': 'เปลี่ยนไปใช้แพ็กเกจที่เล็กลง',
    'care.plan.current': ({ plan, price }) => `แพ็กเกจปัจจุบันของคุณ: ${plan} (${price})`,
    'care.plan.choose': 'เลือกแพ็กเกจ',
    'care.plan.option': ({ plan, price }) => `${plan} ${price}`,
    'care.plan.billNow': ({ amount }) => `วันนี้จะเรียกเก็บเงิน ${amount} จากวิธีการชำระเงินที่บันทึกไว้ และจะเรียกเก็บทุกครั้งที่ต่ออายุ`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `คุณจะชำระ ${amount} ตั้งแต่ใบแจ้งหนี้ถัดไปในวันที่ ${date}` : `คุณจะชำระ ${amount} ตั้งแต่ใบแจ้งหนี้ถัดไป`,
    'care.plan.prorate': 'ส่วนต่างของรอบปัจจุบันจะปรับในใบแจ้งหนี้ถัดไป',
    'care.plan.prorateNow': 'ส่วนต่างของรอบปัจจุบันจะเรียกเก็บหรือคืนเป็นเครดิตทันที',
    'care.plan.confirm': ({ plan }) => `เปลี่ยนเป็น ${plan}`,
    'care.plan.done': ({ plan }) => `ตอนนี้คุณใช้แพ็กเกจ ${plan} แล้ว`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('th', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'กำลังกลับมาใช้การสมัครใช้งานของคุณ…',
    'care.resume.done': 'ยินดีต้อนรับกลับมา! การสมัครใช้งานของคุณกลับมาใช้งานได้แล้ว',

    'care.support.open': 'ติดต่อฝ่ายสนับสนุน',
    'care.support.subject': 'ขอความช่วยเหลือเรื่องการชำระเงิน',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'สวัสดี',
        '',
        'ต้องการความช่วยเหลือเรื่องการชำระเงิน',
        '',
        `สิ่งที่เห็น: ${summary}`,
        ...(reason ? [`สิ่งที่ธนาคารแจ้ง: ${reason}`] : []),
        ...(invoice ? [`ใบแจ้งหนี้: ${invoice}`] : []),
        ...(amount ? [`ยอดที่ต้องชำระ: ${amount}`] : []),
        '',
        'ขอบคุณ',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `ชำระเงิน ${amount} แล้ววันนี้`,
    'care.receipt.next': ({ date }) => `การชำระเงินครั้งถัดไปคือวันที่ ${date}`,

    'care.rating.question': 'ง่ายแค่ไหน',
    'care.rating.send': 'ส่ง',
    'care.rating.1': 'ยากมาก',
    'care.rating.2': 'ยาก',
    'care.rating.3': 'ไม่ง่ายไม่ยาก',
    'care.rating.4': 'ง่าย',
    'care.rating.5': 'ง่ายมาก',
    'care.rating.thanks': 'ขอบคุณที่บอกเรา',
  },
} satisfies CareTranslation;

export default th;
