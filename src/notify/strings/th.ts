import type { NotifyStrings } from './types.js';

/** A space after Latin letters or digits, none after a Thai word (Thai separates only phrases). */
const gap = (text: string) => (/[\u0E00-\u0E7F]$/.test(text) ? '' : ' ');

/**
 * Thai (th): polite and gender-neutral (โปรด…, no ครับ/ค่ะ), addressing the reader as คุณ, as in the
 * banner (`src/translations/th.ts`): บัตร, การชำระเงิน, การสมัครสมาชิก, วิธีการชำระเงิน. No full stops:
 * Thai ends a sentence with a space. The merchant's name, usually Latin, stands between spaces.
 * Thai SMS are UCS-2 in any case, so they are kept short.
 */
export default {
  locale: 'th',
  messages: {
    'subject.failed': ({ merchant }) => `การชำระเงินสำหรับ ${merchant} ของคุณไม่สำเร็จ`,
    'subject.action_required': ({ merchant }) => `โปรดยืนยันการชำระเงินสำหรับ ${merchant}`,
    'subject.expiring': ({ merchant }) => `บัตรที่คุณใช้กับ ${merchant} ใกล้หมดอายุแล้ว`,
    'subject.final': ({ merchant }) => `ต้องดำเนินการ: การชำระเงินสำหรับ ${merchant} ยังค้างอยู่`,
    'subject.reminder': ({ merchant }) => `แจ้งเตือน: การชำระเงินสำหรับ ${merchant} ยังค้างอยู่`,
    'subject.access_ends': ({ merchant }) => `สิทธิ์การใช้งาน ${merchant} ของคุณใกล้สิ้นสุดแล้ว`,
    'subject.recovered': ({ merchant }) => `ขอบคุณ การชำระเงินสำหรับ ${merchant} สำเร็จแล้ว`,

    'lead.failed': ({ merchant }) => `เราไม่สามารถเรียกเก็บเงินครั้งล่าสุดสำหรับการสมัครสมาชิก ${merchant} ของคุณได้`,
    'lead.action_required': ({ merchant }) => `ธนาคารของคุณต้องการให้คุณยืนยันการชำระเงินครั้งล่าสุดสำหรับ ${merchant}`,
    'lead.expiring': ({ merchant }) => `บัตรที่คุณใช้ชำระเงินสำหรับ ${merchant} ใกล้หมดอายุแล้ว`,
    'lead.final': ({ merchant }) =>
      `เราพยายามเรียกเก็บเงินสำหรับการสมัครสมาชิก ${merchant} ของคุณหลายครั้งแล้วแต่ไม่สำเร็จ และจะไม่ลองเรียกเก็บอีกโดยอัตโนมัติ`,
    'lead.reminder': ({ merchant }) => `ขอแจ้งเตือนว่าการชำระเงินสำหรับการสมัครสมาชิก ${merchant} ของคุณยังค้างอยู่`,
    'lead.access_ends': ({ merchant }) =>
      `สิทธิ์การใช้งาน ${merchant} ของคุณใกล้สิ้นสุดแล้ว เนื่องจากยังมีการชำระเงินที่ค้างอยู่`,
    'lead.recovered': ({ merchant }) =>
      `ขอบคุณ! การชำระเงินสำหรับ ${merchant} สำเร็จแล้ว และการสมัครสมาชิกของคุณใช้งานได้ตามปกติ`,

    // SMS: no amount, no digits, no name; Thai is UCS-2 anyway, so as short as possible.
    'sms.failed': ({ merchant, link }) => `${merchant}: การชำระเงินไม่สำเร็จ โปรดอัปเดตบัตรที่นี่: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: ธนาคารขอให้คุณยืนยันการชำระเงิน: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: บัตรของคุณจะหมดอายุก่อนการชำระเงินครั้งถัดไป โปรดอัปเดตที่นี่: ${link}`,
    'sms.final': ({ merchant, link }) => `${merchant}: การชำระเงินยังค้างอยู่และเราจะไม่ลองอีก โปรดแก้ไขที่นี่: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: แจ้งเตือน การชำระเงินยังค้างอยู่ โปรดแก้ไขที่นี่: ${link}`,
    'sms.access_ends': ({ merchant, link }) => `${merchant}: สิทธิ์การใช้งานใกล้สิ้นสุดเพราะมียอดค้างชำระ โปรดแก้ไขที่นี่: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: ขอบคุณ ชำระเงินสำเร็จแล้ว ดูรายละเอียด: ${link}`,
    'sms.help': ({ contact }) => `ติดต่อ: ${contact}`,

    'email.greeting': ({ name }) => `สวัสดีคุณ ${name}`,
    'email.greetingNoName': 'สวัสดี',
    'email.cta.update': 'อัปเดตวิธีการชำระเงิน',
    'email.cta.confirm': 'ยืนยันการชำระเงิน',
    'email.cta.view': 'ดูรายละเอียดการเรียกเก็บเงิน',
    'email.linkFallback': 'หากปุ่มใช้งานไม่ได้ โปรดคัดลอกลิงก์นี้ไปวางในเบราว์เซอร์:',
    'email.support': ({ contact }) => `หากมีคำถาม เรายินดีช่วยเหลือ: ${contact}`,
    'email.footer': ({ merchant }) =>
      `คุณได้รับอีเมลนี้เนื่องจากคุณสมัครสมาชิก ${merchant} อีเมลนี้เกี่ยวกับการเรียกเก็บเงินของคุณ จึงส่งถึงคุณแม้ว่าคุณจะยกเลิกการรับข่าวสารแล้วก็ตาม`,

    'tone.soft': 'ปัญหานี้มักเกิดขึ้นชั่วคราวและบัตรของคุณไม่ได้มีปัญหาใดๆ การเติมเงินหรือลองอีกครั้งภายหลังมักช่วยแก้ไขได้',
    'tone.hard': 'บัตรนี้ไม่สามารถใช้ชำระค่าสมาชิกได้อีกต่อไป โปรดเพิ่มบัตรใบอื่นหรือวิธีการชำระเงินอื่น',

    'recovered.paid': ({ amount, date }) => `เราได้รับเงิน ${amount} เมื่อวันที่ ${date}`,
    'recovered.next': ({ date }) => `การชำระเงินครั้งถัดไปคือวันที่ ${date}`,
    'expiring.before': ({ card, date }) =>
      `${card}${gap(card)}ของคุณจะหมดอายุก่อนการชำระเงินครั้งถัดไปในวันที่ ${date} โปรดอัปเดตตอนนี้เพื่อให้ใช้งานได้อย่างต่อเนื่อง`,
    'reminder.still': 'ใช้เวลาแก้ไขเพียงนาทีเดียว และการสมัครสมาชิกของคุณจะดำเนินต่อไปตามปกติ',
    'accessEnds.when': ({ date }) => `หากยังไม่ได้แก้ไขการชำระเงิน สิทธิ์การใช้งานของคุณจะสิ้นสุดในวันที่ ${date}`,

    'page.title': ({ merchant }) => `อัปเดตวิธีการชำระเงิน · ${merchant}`,
    'page.heading': 'อัปเดตวิธีการชำระเงินของคุณ',
    'page.intro': ({ merchant }) =>
      `เพิ่มบัตรใหม่หรือวิธีการชำระเงินใหม่สำหรับการสมัครสมาชิก ${merchant} ของคุณ ไม่ต้องเข้าสู่ระบบ`,
    'page.done': 'เรียบร้อยแล้ว ขอบคุณ! คุณปิดหน้านี้ได้เลย',
    'page.invalid.title': 'ลิงก์นี้ใช้งานไม่ได้',
    'page.invalid.body':
      'ลิงก์อาจไม่สมบูรณ์ โปรดเปิดลิงก์อีกครั้งจากข้อความที่เราส่งถึงคุณ หรือเข้าสู่ระบบบัญชีของคุณเพื่ออัปเดตวิธีการชำระเงิน',
    'page.expired.title': 'ลิงก์นี้หมดอายุแล้ว',
    'page.expired.body':
      'เพื่อความปลอดภัยของคุณ ลิงก์สำหรับอัปเดตจะใช้งานได้ในระยะเวลาจำกัดเท่านั้น โปรดเข้าสู่ระบบบัญชีของคุณเพื่ออัปเดตวิธีการชำระเงิน',
    'page.used.title': 'เรื่องนี้ได้รับการแก้ไขแล้ว',
    'page.used.body': 'การชำระเงินที่ลิงก์นี้เกี่ยวข้องได้รับการแก้ไขแล้ว ลิงก์จึงใช้งานไม่ได้อีก คุณไม่ต้องดำเนินการใดๆ เพิ่มเติม',
    'page.signIn': 'เข้าสู่ระบบบัญชีของคุณ',
    'page.help': ({ contact }) => `หากต้องการความช่วยเหลือ โปรดติดต่อเรา: ${contact}`,
    'page.noscript': 'โปรดเปิดใช้ JavaScript เพื่ออัปเดตวิธีการชำระเงินอย่างปลอดภัย',
  },
} satisfies NotifyStrings;
