import { plural } from './plural.js';
import type { Translation } from './types.js';

const CARD = 'kad';
const METHOD = 'kaedah pembayaran';
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "kad Visa yang berakhir dengan 4242" → "kad Visa anda yang berakhir dengan 4242"; "kad" → "kad anda". */
const yours = (card: string) => (card.includes(' yang ') ? card.replace(' yang ', ' anda yang ') : `${card} anda`);

/** Malay (Malaysia). */
const ms = {
  locale: 'ms',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => {
      const card = brand === CARD || brand === METHOD ? brand : `${CARD} ${brand}`;
      return last4 ? `${card} yang berakhir dengan ${last4}` : card;
    },
    'card.generic': CARD,
    'paymentMethod.generic': METHOD,

    'state.expiring.title': 'Kad anda akan tamat tempoh tidak lama lagi',
    'state.expiring.body': ({ card, days, date }) =>
      `${cap(yours(card))} ${
        days === 0
          ? 'tamat tempoh hari ini'
          : days === 1
            ? 'akan tamat tempoh esok'
            : plural('ms', days, { other: 'akan tamat tempoh dalam masa # hari' })
      }${date ? ` (hujung ${date})` : ''}. Kemas kini kad anda supaya langganan anda terus berjalan tanpa gangguan.`,
    'state.expired.title': 'Kad anda telah tamat tempoh',
    'state.expired.body': ({ card, date }) =>
      `${cap(yours(card))} telah tamat tempoh${date ? ` pada hujung ${date}` : ''}. Kemas kini kad anda supaya langganan anda kekal aktif.`,
    'state.failed.title': 'Pembayaran terakhir anda tidak berjaya',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Jumlah ${amount} masih perlu dibayar.` : reason),
    'state.action_required.title': 'Bank anda meminta anda mengesahkan pembayaran',
    'state.action_required.body': ({ amount }) =>
      `Bank anda ingin memastikan bahawa pembayaran ${amount ? `sebanyak ${amount}` : 'ini'} benar-benar dibuat oleh anda. Ia hanya mengambil masa seketika.`,
    'state.failed.when': ({ date }) => `Kami cuba membuat pembayaran buat kali pertama pada ${date}.`,
    'state.retry': ({ date }) => `Kami akan cuba membuat pembayaran sekali lagi pada ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Akses anda kekal sehingga ${date}. Kemas kini butiran pembayaran anda sebelum tarikh itu untuk terus menikmatinya.`,
    'state.updated.title': 'Terima kasih, semuanya sudah beres',
    'state.updated.body': ({ card }) => `Mulai sekarang, ${yours(card)} akan digunakan untuk langganan anda.`,
    'state.recovered.body': ({ amount }) =>
      amount ? `Pembayaran anda sebanyak ${amount} telah berjaya. Terima kasih!` : 'Pembayaran anda telah berjaya. Terima kasih!',

    'state.processing.title': 'Pembayaran bank anda sedang diproses',
    'state.processing.body': ({ amount }) =>
      `Pembayaran anda${amount ? ` sebanyak ${amount}` : ''} sedang diproses oleh bank anda. Ini mungkin mengambil masa beberapa hari bekerja, dan anda tidak perlu berbuat apa-apa.`,
    'state.missing.title': 'Tambah kaedah pembayaran',
    'state.missing.body': ({ date }) =>
      date
        ? `Langganan anda memerlukan kaedah pembayaran selewat-lewatnya ${date} untuk terus berjalan.`
        : 'Langganan anda dijeda sehingga kaedah pembayaran ditambah. Tambah satu untuk meneruskan.',

    'state.paused.title': 'Langganan anda dijeda',
    'state.paused.body': ({ date }) =>
      date ? `Anda tidak akan dicaj sehingga ${date}, apabila langganan anda bermula semula.` : 'Anda tidak akan dicaj semasa ia dijeda. Sambung semula bila-bila masa anda bersedia.',
    'banner.updateCard': 'Kemas kini kad',
    'banner.addPaymentMethod': 'Tambah kaedah pembayaran',
    'banner.resume': 'Sambung semula sekarang',
    'banner.confirmPayment': 'Sahkan pembayaran',
    'banner.dismiss': 'Tutup mesej ini',

    'decline.insufficient_funds.title': 'Dana tidak mencukupi',
    'decline.insufficient_funds.body':
      'Bank anda menolak pembayaran kerana dana dalam akaun tidak mencukupi buat masa ini. Anda boleh menambah dana dan cuba lagi, atau menggunakan kad lain.',
    'decline.expired_card.title': 'Kad telah tamat tempoh',
    'decline.expired_card.body': 'Bank anda menolak pembayaran kerana kad telah tamat tempoh. Sila tambah kad yang masih sah.',
    'decline.incorrect_cvc.title': 'Kod keselamatan tidak sepadan',
    'decline.incorrect_cvc.body':
      'Kod keselamatan (3 atau 4 digit pada kad) tidak sepadan dengan rekod bank anda. Sila masukkan butiran kad sekali lagi.',
    'decline.incorrect_number.title': 'Nombor kad tidak betul',
    'decline.incorrect_number.body': 'Nombor kad nampaknya tidak betul. Sila semak dan masukkannya semula.',
    'decline.incorrect_expiry.title': 'Tarikh tamat tempoh tidak betul',
    'decline.incorrect_expiry.body':
      'Tarikh tamat tempoh tidak sepadan dengan kad. Sila semak bulan dan tahun pada kad, kemudian masukkannya semula.',
    'decline.incorrect_address.title': 'Alamat pengebilan tidak sepadan',
    'decline.incorrect_address.body':
      'Poskod atau alamat tidak sepadan dengan rekod bank anda. Sila masukkannya tepat seperti dalam rekod bank anda.',
    'decline.card_not_supported.title': 'Kad ini tidak boleh digunakan di sini',
    'decline.card_not_supported.body':
      'Kad anda tidak menyokong jenis pembayaran ini. Sila gunakan kad lain, atau minta bank anda mendayakannya.',
    'decline.currency_not_supported.title': 'Kad tidak menyokong mata wang ini',
    'decline.currency_not_supported.body':
      'Kad anda tidak boleh membuat pembayaran dalam mata wang ini. Sila gunakan kad lain, atau tanya bank anda sama ada ia boleh didayakan.',
    'decline.not_allowed.title': 'Bank anda menyekat pembayaran ini',
    'decline.not_allowed.body':
      'Bank anda tidak membenarkan pembayaran ini menggunakan kad ini. Bank anda boleh menarik balik sekatan itu, atau anda boleh menggunakan kad lain.',
    'decline.payment_stopped.title': 'Pembayaran kepada kami telah dihentikan',
    'decline.payment_stopped.body':
      'Bank anda telah diminta untuk menghentikan pembayaran kepada kami daripada kad ini. Jika anda mahu meneruskan langganan, minta bank anda membenarkannya semula atau gunakan kad lain.',
    'decline.limit_exceeded.title': 'Had kad telah dicapai',
    'decline.limit_exceeded.body':
      'Pembayaran ini akan melebihi had perbelanjaan kad anda. Anda boleh cuba lagi selepas had ditetapkan semula, atau menggunakan kad lain.',
    'decline.call_bank.title': 'Bank anda perlu berhubung dengan anda',
    'decline.call_bank.body':
      'Bank anda menolak pembayaran dan meminta anda menghubungi mereka. Nombor telefonnya biasanya tertera di belakang kad anda.',
    'decline.generic.title': 'Pembayaran ditolak',
    'decline.generic.body':
      'Bank anda menolak pembayaran tanpa memberitahu kami sebabnya. Bank anda boleh memberikan maklumat lanjut, atau anda boleh menggunakan kad lain.',
    'decline.temporary.title': 'Masalah sementara',
    'decline.temporary.body':
      'Berlaku masalah semasa memproses pembayaran, dan ia bukan salah anda. Sila cuba lagi sebentar nanti.',
    'decline.duplicate.title': 'Ini kelihatan seperti pembayaran berganda',
    'decline.duplicate.body':
      'Pembayaran dengan jumlah yang sama baru sahaja berjaya, jadi bank anda menghentikan pembayaran ini. Sila semak penyata anda sebelum mencuba lagi.',
    'decline.invalid_amount.title': 'Bank anda tidak menerima jumlah ini',
    'decline.invalid_amount.body': 'Bank anda tidak menerima jumlah pembayaran ini. Sila hubungi bank anda, atau gunakan kad lain.',
    'decline.new_card_details.title': 'Butiran kad anda telah berubah',
    'decline.new_card_details.body':
      'Bank anda telah mengeluarkan butiran baharu untuk kad ini. Sila masukkan butiran kad baharu supaya langganan anda terus berjalan.',
    'decline.account_closed.title': 'Akaun telah ditutup',
    'decline.account_closed.body':
      'Akaun bagi kaedah pembayaran ini telah ditutup atau tidak dapat ditemui. Sila gunakan kaedah pembayaran lain.',
    'decline.authentication_required.title': 'Bank anda memerlukan pengesahan',
    'decline.authentication_required.body':
      'Bank anda mahu anda mengesahkan pembayaran ini sebelum ia diproses. Pengesahan hanya mengambil masa seketika.',
    'decline.authentication_failed.title': 'Pengesahan tidak berjaya',
    'decline.authentication_failed.body':
      'Kami tidak dapat mengesahkan pembayaran dengan bank anda. Sila cuba lagi, atau gunakan kad lain.',
    'decline.test_card.title': 'Kad ini tidak boleh dicaj',
    'decline.test_card.body': 'Kad ini tidak boleh digunakan untuk pembayaran sebenar. Sila gunakan kad lain.',
    'decline.debit_not_authorized.title': 'Debit terus tidak dibenarkan',
    'decline.debit_not_authorized.body':
      'Menurut bank anda, debit terus ini tidak dibenarkan atau telah dipertikaikan. Sila gunakan kaedah pembayaran lain, atau minta bank anda membenarkannya.',
    'decline.bank_account_problem.title': 'Masalah dengan akaun bank',
    'decline.bank_account_problem.body':
      'Bank anda tidak dapat mendebit bayaran daripada akaun ini. Sila semak butiran akaun atau gunakan kaedah pembayaran lain.',
    'decline.provider_declined.title': 'Pembayaran ditolak',
    'decline.provider_declined.body': 'Perkhidmatan pembayaran menolak pembayaran ini. Sila gunakan kaedah pembayaran lain.',

    'action.update_card': 'Kemas kini kad anda',
    'action.use_another_method': 'Gunakan kad lain',
    'action.call_bank': 'Hubungi bank anda',
    'action.confirm_with_bank': 'Sahkan dengan bank anda',
    'action.try_again_later': 'Cuba lagi kemudian',

    'form.title': 'Kemas kini kaedah pembayaran anda',
    'form.payNow': ({ amount }) => `Kaedah pembayaran baharu anda akan dicaj ${amount} dengan serta-merta untuk bayaran yang tertunggak.`,
    'form.submit': 'Simpan kaedah pembayaran',
    'form.cancel': 'Batal',
    'form.loading': 'Memuatkan borang pembayaran yang selamat…',
    'form.saving': 'Menyimpan kaedah pembayaran anda…',
    'form.confirming': 'Menunggu pengesahan daripada bank anda…',
    'form.finishing': 'Menyelesaikan kemas kini anda…',
    'form.unavailable': 'Borang pembayaran tidak dapat dimuatkan. Sila semak sambungan anda dan cuba lagi.',
    'form.retry': 'Cuba lagi',
    'form.interrupted': 'Sambungan terputus sebelum kemas kini selesai. Butiran anda disimpan: cuba lagi untuk menyelesaikannya. Anda tidak akan dicaj dua kali.',
    'form.rateLimited': 'Terlalu banyak percubaan dalam masa yang singkat. Sila tunggu beberapa minit, kemudian cuba lagi.',
    'form.pending': 'Bank anda masih memproses kaedah pembayaran ini. Akaun anda akan dikemas kini sebaik sahaja ia disahkan.',
    'form.microdeposits': ({ date }) =>
      `Semak akaun bank anda ${date ? `sekitar ${date}` : 'dalam masa 1–2 hari bekerja'}: kami akan menghantar deposit kecil ke akaun itu. Ikut pautan untuk memasukkan apa yang tertera, dan akaun bank anda akan digunakan mulai saat itu. Sehingga itu, kaedah pembayaran tersimpan anda kekal seperti sedia ada.`,
    'form.microdepositsLink': 'Sahkan akaun bank anda',
    'form.declinedToo': 'Kad ini juga ditolak. Kaedah pembayaran tersimpan anda tidak berubah, dan tiada caj dikenakan.',

    'wall.notNow': 'Bukan sekarang',
    'wall.paused': 'Akses anda dijeda sehingga bayaran diselesaikan.',
    'wall.continue': 'Teruskan',
    'wall.logout': 'Log keluar',
    'wall.support': 'Hubungi sokongan',
    'wall.cancelSubscription': 'Batalkan langganan',
  },
} satisfies Translation;

export default ms;
