import type { NotifyStrings } from './types.js';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** As the banner: "kad Visa yang berakhir dengan 4242" → "kad Visa anda yang berakhir dengan 4242"; "kad" → "kad anda". */
const yours = (card: string) => (card.includes(' yang ') ? card.replace(' yang ', ' anda yang ') : `${card} anda`);

/**
 * Malay (ms, Malaysia): polite "anda", as the banner (`src/translations/ms.ts`): pembayaran, kad,
 * langganan, kaedah pembayaran; an open payment is "belum diselesaikan". Plain ASCII, so every
 * SMS stays GSM 7-bit.
 */
export default {
  locale: 'ms',
  messages: {
    'subject.failed': ({ merchant }) => `Pembayaran ${merchant} anda tidak berjaya`,
    'subject.action_required': ({ merchant }) => `Sila sahkan pembayaran ${merchant} anda`,
    'subject.expiring': ({ merchant }) => `Kad anda untuk ${merchant} akan tamat tempoh tidak lama lagi`,
    'subject.final': ({ merchant }) => `Tindakan diperlukan: pembayaran ${merchant} anda masih belum diselesaikan`,
    'subject.reminder': ({ merchant }) => `Peringatan: pembayaran ${merchant} anda masih belum diselesaikan`,
    'subject.access_ends': ({ merchant }) => `Akses ${merchant} anda akan tamat tidak lama lagi`,
    'subject.recovered': ({ merchant }) => `Terima kasih: pembayaran ${merchant} anda telah berjaya`,

    'lead.failed': ({ merchant }) => `Kami tidak dapat memproses pembayaran terkini untuk langganan ${merchant} anda.`,
    'lead.action_required': ({ merchant }) => `Bank anda meminta anda mengesahkan pembayaran terkini untuk ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Kad yang anda gunakan untuk ${merchant} akan tamat tempoh tidak lama lagi.`,
    'lead.final': ({ merchant }) =>
      `Kami telah mencuba beberapa kali tetapi tidak dapat memproses pembayaran untuk langganan ${merchant} anda, dan kami tidak akan mencubanya lagi secara automatik.`,
    'lead.reminder': ({ merchant }) =>
      `Sekadar peringatan: pembayaran untuk langganan ${merchant} anda masih belum diselesaikan.`,
    'lead.access_ends': ({ merchant }) =>
      `Akses anda kepada ${merchant} akan tamat tidak lama lagi kerana masih ada pembayaran yang belum diselesaikan.`,
    'lead.recovered': ({ merchant }) =>
      `Terima kasih! Pembayaran anda untuk ${merchant} telah berjaya, dan langganan anda sudah beres.`,

    // SMS: GSM 7-bit characters only (straight apostrophes), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: pembayaran anda tidak berjaya. Kemas kini kad anda di sini: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: bank anda meminta anda mengesahkan pembayaran: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: kad anda tamat tempoh sebelum pembayaran seterusnya. Kemas kini di sini: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: pembayaran anda belum selesai dan tidak akan dicuba lagi. Selesaikan di sini: ${link}`,
    'sms.reminder': ({ merchant, link }) =>
      `${merchant}: peringatan, pembayaran anda belum selesai. Selesaikan di sini: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: akses anda akan tamat kerana ada pembayaran belum selesai. Selesaikan di sini: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: terima kasih, pembayaran anda berjaya. Butiran: ${link}`,
    'sms.help': ({ contact }) => `Bantuan: ${contact}`,

    'email.greeting': ({ name }) => `Hai ${name},`,
    'email.greetingNoName': 'Salam sejahtera,',
    'email.cta.update': 'Kemas kini kaedah pembayaran',
    'email.cta.confirm': 'Sahkan pembayaran',
    'email.cta.view': 'Lihat butiran pengebilan',
    'email.linkFallback': 'Jika butang tidak berfungsi, salin pautan ini ke dalam pelayar anda:',
    'email.support': ({ contact }) => `Ada soalan? Kami sedia membantu: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Anda menerima e-mel ini kerana anda mempunyai langganan dengan ${merchant}. E-mel ini berkaitan dengan pengebilan anda, jadi ia tetap dihantar walaupun anda telah memilih untuk tidak menerima berita terkini.`,

    'tone.soft':
      'Ini biasanya sementara sahaja dan tiada masalah dengan kad anda: menambah baki atau mencuba lagi kemudian selalunya dapat menyelesaikannya.',
    'tone.hard': 'Kad ini tidak lagi boleh digunakan untuk langganan anda. Sila tambah kad atau kaedah pembayaran lain.',

    'recovered.paid': ({ amount, date }) => `Kami telah menerima ${amount} pada ${date}.`,
    'recovered.next': ({ date }) => `Pembayaran anda yang seterusnya perlu dibuat pada ${date}.`,
    'expiring.before': ({ card, date }) =>
      `${cap(yours(card))} akan tamat tempoh sebelum pembayaran seterusnya pada ${date}. Kemas kini sekarang supaya langganan anda tidak terganggu.`,
    'reminder.still': 'Ia hanya mengambil masa seminit untuk diselesaikan, dan langganan anda terus berjalan.',
    'accessEnds.when': ({ date }) => `Jika pembayaran tidak diselesaikan, akses anda akan tamat pada ${date}.`,

    'page.title': ({ merchant }) => `Kemas kini kaedah pembayaran anda · ${merchant}`,
    'page.heading': 'Kemas kini kaedah pembayaran anda',
    'page.intro': ({ merchant }) =>
      `Tambah kad atau kaedah pembayaran baharu untuk langganan ${merchant} anda. Tidak perlu log masuk.`,
    'page.done': 'Selesai. Terima kasih! Anda boleh menutup halaman ini.',
    'page.invalid.title': 'Pautan ini tidak berfungsi',
    'page.invalid.body':
      'Pautan ini mungkin tidak lengkap. Sila bukanya semula daripada mesej yang kami hantar, atau log masuk ke akaun anda untuk mengemas kini kaedah pembayaran.',
    'page.expired.title': 'Pautan ini telah tamat tempoh',
    'page.expired.body':
      'Demi keselamatan anda, pautan kemas kini hanya berfungsi untuk tempoh yang terhad. Sila log masuk ke akaun anda untuk mengemas kini kaedah pembayaran.',
    'page.used.title': 'Perkara ini sudah diselesaikan',
    'page.used.body':
      'Pembayaran bagi pautan ini telah diselesaikan, jadi pautan ini tidak lagi berfungsi. Tiada apa-apa lagi yang perlu dilakukan.',
    'page.signIn': 'Log masuk ke akaun anda',
    'page.help': ({ contact }) => `Perlukan bantuan? Hubungi kami: ${contact}`,
    'page.noscript': 'Sila hidupkan JavaScript untuk mengemas kini kaedah pembayaran anda dengan selamat.',
  },
} satisfies NotifyStrings;
