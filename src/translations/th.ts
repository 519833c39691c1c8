import { plural } from './plural.js';
import type { Translation } from './types.js';

/** A space after Latin letters or digits, none after a Thai word (Thai separates only phrases). */
const gap = (text: string) => (/[\u0E00-\u0E7F]$/.test(text) ? '' : ' ');

/** Thai: polite and gender-neutral (โปรด…, no ครับ/ค่ะ), addressing the reader as คุณ. */
const th = {
  locale: 'th',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand}${gap(brand)}ที่ลงท้ายด้วย ${last4}` : brand),
    'card.generic': 'บัตร',
    'paymentMethod.generic': 'วิธีการชำระเงิน',

    'state.expiring.title': 'บัตรของคุณใกล้หมดอายุแล้ว',
    'state.expiring.body': ({ card, days, date }) =>
      `${card}${gap(card)}ของคุณจะหมดอายุ${
        days === 0 ? 'วันนี้' : days === 1 ? 'พรุ่งนี้' : plural('th', days, { other: 'ในอีก # วัน' })
      }${date ? ` (สิ้นเดือน${date})` : ''} โปรดอัปเดตบัตรเพื่อให้การสมัครสมาชิกดำเนินต่อไปโดยไม่สะดุด`,
    'state.expired.title': 'บัตรของคุณหมดอายุแล้ว',
    'state.expired.body': ({ card, date }) =>
      `${card}${gap(card)}ของคุณ${date ? `หมดอายุเมื่อสิ้นเดือน${date}` : 'หมดอายุแล้ว'} โปรดอัปเดตบัตรเพื่อให้การสมัครสมาชิกยังใช้งานได้`,
    'state.failed.title': 'การชำระเงินครั้งล่าสุดไม่สำเร็จ',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} ยังมียอดค้างชำระ ${amount}` : reason),
    'state.action_required.title': 'ธนาคารขอให้คุณยืนยันการชำระเงิน',
    'state.action_required.body': ({ amount }) =>
      `ธนาคารต้องการตรวจสอบว่าคุณเป็นผู้ชำระเงิน${amount ? ` ${amount} ` : ''}นี้จริง ใช้เวลาเพียงครู่เดียว`,
    'state.failed.when': ({ date }) => `เราพยายามเรียกเก็บเงินครั้งแรกเมื่อวันที่ ${date}`,
    'state.retry': ({ date }) => `เราจะลองเรียกเก็บเงินอีกครั้งในวันที่ ${date}`,
    'state.accessEnds': ({ date }) => `คุณยังใช้งานได้จนถึงวันที่ ${date} โปรดอัปเดตข้อมูลการชำระเงินก่อนวันดังกล่าวเพื่อใช้งานต่อ`,
    'state.updated.title': 'ขอบคุณ ทุกอย่างเรียบร้อยแล้ว',
    'state.updated.body': ({ card }) => `นับจากนี้ ${card}${gap(card)}จะใช้ชำระค่าสมาชิกของคุณ`,
    'state.recovered.body': ({ amount }) => `ชำระเงิน${amount ? ` ${amount} ` : ''}เรียบร้อยแล้ว ขอบคุณ!`,

    'state.processing.title': 'การชำระเงินผ่านธนาคารของคุณกำลังดำเนินการ',
    'state.processing.body': ({ amount }) =>
      `ธนาคารกำลังดำเนินการชำระเงิน${amount ? ` ${amount} ` : ''}ของคุณ อาจใช้เวลาสองสามวันทำการ และคุณไม่ต้องทำอะไรเพิ่มเติม`,
    'state.missing.title': 'เพิ่มวิธีการชำระเงิน',
    'state.missing.body': ({ date }) =>
      date
        ? `โปรดเพิ่มวิธีการชำระเงินภายในวันที่ ${date} เพื่อให้การสมัครสมาชิกใช้งานต่อได้`
        : 'การสมัครสมาชิกของคุณถูกพักไว้จนกว่าจะเพิ่มวิธีการชำระเงิน',

    'state.paused.title': 'การสมัครใช้งานของคุณหยุดชั่วคราว',
    'state.paused.body': ({ date }) =>
      date ? `คุณจะไม่ถูกเรียกเก็บเงินจนถึง ${date} ซึ่งเป็นวันที่การสมัครใช้งานเริ่มต้นอีกครั้ง` : 'คุณจะไม่ถูกเรียกเก็บเงินระหว่างหยุดชั่วคราว กลับมาใช้งานต่อได้ทุกเมื่อที่พร้อม',
    'banner.updateCard': 'อัปเดตบัตร',
    'banner.addPaymentMethod': 'เพิ่มวิธีการชำระเงิน',
    'banner.resume': 'ใช้งานต่อเลย',
    'banner.confirmPayment': 'ยืนยันการชำระเงิน',
    'banner.dismiss': 'ปิดข้อความนี้',

    'decline.insufficient_funds.title': 'ยอดเงินไม่เพียงพอ',
    'decline.insufficient_funds.body':
      'ธนาคารปฏิเสธการชำระเงินเนื่องจากขณะนี้ยอดเงินในบัญชีไม่เพียงพอ คุณเติมเงินแล้วลองอีกครั้งได้ หรือใช้บัตรใบอื่น',
    'decline.expired_card.title': 'บัตรหมดอายุแล้ว',
    'decline.expired_card.body': 'ธนาคารปฏิเสธการชำระเงินเนื่องจากบัตรหมดอายุแล้ว โปรดเพิ่มบัตรที่ยังใช้งานได้',
    'decline.incorrect_cvc.title': 'รหัสความปลอดภัยไม่ตรงกัน',
    'decline.incorrect_cvc.body':
      'รหัสความปลอดภัย (ตัวเลข 3 หรือ 4 หลักบนบัตร) ไม่ตรงกับข้อมูลของธนาคาร โปรดกรอกข้อมูลบัตรอีกครั้ง',
    'decline.incorrect_number.title': 'หมายเลขบัตรไม่ถูกต้อง',
    'decline.incorrect_number.body': 'ดูเหมือนว่าหมายเลขบัตรจะไม่ถูกต้อง โปรดตรวจสอบแล้วกรอกอีกครั้ง',
    'decline.incorrect_expiry.title': 'วันหมดอายุไม่ถูกต้อง',
    'decline.incorrect_expiry.body': 'วันหมดอายุไม่ตรงกับบัตร โปรดตรวจสอบเดือนและปีบนบัตรแล้วกรอกอีกครั้ง',
    'decline.incorrect_address.title': 'ที่อยู่สำหรับเรียกเก็บเงินไม่ตรงกัน',
    'decline.incorrect_address.body':
      'รหัสไปรษณีย์หรือที่อยู่ไม่ตรงกับข้อมูลที่ธนาคารมี โปรดกรอกให้ตรงกับที่ธนาคารบันทึกไว้ทุกประการ',
    'decline.card_not_supported.title': 'ใช้บัตรนี้ที่นี่ไม่ได้',
    'decline.card_not_supported.body': 'บัตรของคุณไม่รองรับการชำระเงินประเภทนี้ โปรดใช้บัตรใบอื่น หรือขอให้ธนาคารเปิดใช้งาน',
    'decline.currency_not_supported.title': 'บัตรไม่รองรับสกุลเงินนี้',
    'decline.currency_not_supported.body':
      'บัตรของคุณชำระเงินเป็นสกุลเงินนี้ไม่ได้ โปรดใช้บัตรใบอื่น หรือสอบถามธนาคารว่าเปิดใช้งานได้หรือไม่',
    'decline.not_allowed.title': 'ธนาคารระงับการชำระเงินนี้',
    'decline.not_allowed.body':
      'ธนาคารไม่อนุญาตการชำระเงินนี้ด้วยบัตรนี้ ธนาคารยกเลิกข้อจำกัดให้ได้ หรือคุณจะใช้บัตรใบอื่นก็ได้',
    'decline.payment_stopped.title': 'การชำระเงินให้เราถูกระงับ',
    'decline.payment_stopped.body':
      'มีการแจ้งให้ธนาคารระงับการชำระเงินจากบัตรนี้ให้เรา หากต้องการใช้บริการต่อ โปรดขอให้ธนาคารอนุญาตอีกครั้ง หรือใช้บัตรใบอื่น',
    'decline.limit_exceeded.title': 'บัตรเต็มวงเงินแล้ว',
    'decline.limit_exceeded.body':
      'การชำระเงินนี้จะเกินวงเงินของบัตร คุณลองอีกครั้งได้เมื่อวงเงินรีเซ็ต หรือใช้บัตรใบอื่น',
    'decline.call_bank.title': 'ธนาคารขอให้คุณติดต่อกลับ',
    'decline.call_bank.body': 'ธนาคารปฏิเสธการชำระเงินและขอให้คุณติดต่อธนาคาร โดยปกติหมายเลขโทรศัพท์จะอยู่ด้านหลังบัตร',
    'decline.generic.title': 'การชำระเงินถูกปฏิเสธ',
    'decline.generic.body':
      'ธนาคารปฏิเสธการชำระเงินโดยไม่ได้แจ้งเหตุผลให้เราทราบ ธนาคารให้ข้อมูลเพิ่มเติมได้ หรือคุณจะใช้บัตรใบอื่นก็ได้',
    'decline.temporary.title': 'เกิดปัญหาชั่วคราว',
    'decline.temporary.body': 'เกิดข้อผิดพลาดระหว่างดำเนินการชำระเงิน ซึ่งไม่ใช่ความผิดของคุณ โปรดลองอีกครั้งในอีกสักครู่',
    'decline.duplicate.title': 'ดูเหมือนเป็นการชำระเงินซ้ำ',
    'decline.duplicate.body':
      'เพิ่งมีการชำระเงินยอดเดียวกันสำเร็จไป ธนาคารจึงระงับรายการนี้ไว้ โปรดตรวจสอบใบแจ้งยอดก่อนลองอีกครั้ง',
    'decline.invalid_amount.title': 'ธนาคารไม่รับยอดเงินนี้',
    'decline.invalid_amount.body': 'ธนาคารไม่รับยอดเงินของการชำระเงินนี้ โปรดติดต่อธนาคาร หรือใช้บัตรใบอื่น',
    'decline.new_card_details.title': 'ข้อมูลบัตรของคุณเปลี่ยนไป',
    'decline.new_card_details.body': 'ธนาคารออกข้อมูลใหม่ให้บัตรนี้แล้ว โปรดกรอกข้อมูลบัตรใหม่เพื่อให้ใช้บริการได้ต่อเนื่อง',
    'decline.account_closed.title': 'บัญชีถูกปิดแล้ว',
    'decline.account_closed.body': 'บัญชีของวิธีการชำระเงินนี้ถูกปิดหรือไม่พบบัญชี โปรดใช้วิธีการชำระเงินอื่น',
    'decline.authentication_required.title': 'ธนาคารต้องการการยืนยัน',
    'decline.authentication_required.body': 'ธนาคารต้องการให้คุณยืนยันการชำระเงินนี้ก่อนดำเนินการ ใช้เวลาเพียงครู่เดียว',
    'decline.authentication_failed.title': 'การยืนยันไม่สำเร็จ',
    'decline.authentication_failed.body': 'เรายืนยันการชำระเงินกับธนาคารของคุณไม่ได้ โปรดลองอีกครั้ง หรือใช้บัตรใบอื่น',
    'decline.test_card.title': 'เรียกเก็บเงินจากบัตรนี้ไม่ได้',
    'decline.test_card.body': 'บัตรนี้ใช้ชำระเงินจริงไม่ได้ โปรดใช้บัตรใบอื่น',
    'decline.debit_not_authorized.title': 'การหักบัญชีอัตโนมัติไม่ได้รับอนุญาต',
    'decline.debit_not_authorized.body':
      'ธนาคารแจ้งว่าการหักบัญชีอัตโนมัติไม่ได้รับอนุญาตหรือถูกโต้แย้ง โปรดใช้วิธีการชำระเงินอื่น หรือขอให้ธนาคารอนุญาต',
    'decline.bank_account_problem.title': 'บัญชีธนาคารมีปัญหา',
    'decline.bank_account_problem.body': 'ธนาคารหักเงินจากบัญชีนี้ไม่ได้ โปรดตรวจสอบข้อมูลบัญชี หรือใช้วิธีการชำระเงินอื่น',
    'decline.provider_declined.title': 'การชำระเงินถูกปฏิเสธ',
    'decline.provider_declined.body': 'ผู้ให้บริการชำระเงินปฏิเสธรายการนี้ โปรดใช้วิธีการชำระเงินอื่น',

    'action.update_card': 'อัปเดตบัตร',
    'action.use_another_method': 'ใช้บัตรใบอื่น',
    'action.call_bank': 'ติดต่อธนาคาร',
    'action.confirm_with_bank': 'ยืนยันกับธนาคาร',
    'action.try_again_later': 'ลองอีกครั้งภายหลัง',

    'form.title': 'อัปเดตวิธีการชำระเงิน',
    'form.payNow': ({ amount }) => `วิธีการชำระเงินใหม่ของคุณจะถูกเรียกเก็บ ${amount} ทันทีสำหรับยอดที่ค้างชำระ`,
    'form.submit': 'บันทึกวิธีการชำระเงิน',
    'form.cancel': 'ยกเลิก',
    'form.loading': 'กำลังโหลดแบบฟอร์มชำระเงินที่ปลอดภัย…',
    'form.saving': 'กำลังบันทึกวิธีการชำระเงินของคุณ…',
    'form.confirming': 'กำลังรอการยืนยันจากธนาคารของคุณ…',
    'form.finishing': 'กำลังดำเนินการอัปเดตให้เสร็จสิ้น…',
    'form.unavailable': 'ไม่สามารถโหลดแบบฟอร์มชำระเงินได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
    'form.retry': 'ลองอีกครั้ง',
    'form.interrupted': 'การเชื่อมต่อขาดหายก่อนที่การอัปเดตจะเสร็จสิ้น ข้อมูลของคุณยังอยู่ครบ โปรดลองอีกครั้งเพื่อดำเนินการให้เสร็จ คุณจะไม่ถูกเรียกเก็บเงินซ้ำ',
    'form.rateLimited': 'มีการลองหลายครั้งเกินไปในเวลาสั้นๆ โปรดรอสักครู่แล้วลองอีกครั้ง',
    'form.pending': 'ธนาคารของคุณยังคงดำเนินการกับวิธีการชำระเงินนี้ บัญชีของคุณจะได้รับการอัปเดตทันทีที่ได้รับการยืนยัน',
    'form.microdeposits': ({ date }) =>
      `โปรดตรวจสอบบัญชีธนาคารของคุณ${date ? `ประมาณวันที่ ${date}` : 'ภายใน 1–2 วันทำการ'} เราจะโอนเงินจำนวนเล็กน้อยเข้าบัญชีนี้ โปรดเปิดลิงก์เพื่อกรอกข้อมูลที่แสดงในรายการนั้น ระหว่างนี้วิธีการชำระเงินที่บันทึกไว้ของคุณไม่มีการเปลี่ยนแปลง`,
    'form.microdepositsLink': 'ยืนยันบัญชีธนาคาร',
    'form.declinedToo': 'บัตรใบนี้ถูกปฏิเสธเช่นกัน วิธีการชำระเงินที่บันทึกไว้ของคุณไม่มีการเปลี่ยนแปลง และไม่มีการเรียกเก็บเงิน',

    'wall.notNow': 'ไว้ทีหลัง',
    'wall.paused': 'การเข้าใช้งานของคุณถูกระงับชั่วคราวจนกว่าจะชำระเงินเรียบร้อย',
    'wall.continue': 'ดำเนินการต่อ',
    'wall.logout': 'ออกจากระบบ',
    'wall.support': 'ติดต่อฝ่ายสนับสนุน',
    'wall.cancelSubscription': 'ยกเลิกการสมัครสมาชิก',
  },
} satisfies Translation;

export default th;
