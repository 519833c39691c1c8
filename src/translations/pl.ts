import { plural } from './plural.js';
import type { Translation } from './types.js';

const CARD = 'karta';
const METHOD = 'metoda płatności';

/** Polish (informal "Ty", as in Polish consumer apps). Card phrases always start with "karta" or "metoda płatności" (feminine). */
const pl = {
  locale: 'pl',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => {
      const head = brand === CARD || brand === METHOD ? brand : `${CARD} ${brand}`;
      return last4 ? `${head} z końcówką ${last4}` : head;
    },
    'card.generic': CARD,
    'paymentMethod.generic': METHOD,

    'state.expiring.title': 'Twoja karta wkrótce straci ważność',
    'state.expiring.body': ({ card, days, date }) =>
      `Twoja ${card} traci ważność ${
        days === 0 ? 'dzisiaj' : plural('pl', days, { one: 'jutro', few: 'za # dni', many: 'za # dni', other: 'za # dnia' })
      }${date ? ` (data ważności: ${date})` : ''}. Zaktualizuj dane płatności, aby subskrypcja działała bez przerwy.`,
    'state.expired.title': 'Twoja karta straciła ważność',
    'state.expired.body': ({ card, date }) =>
      `Twoja ${card} straciła ważność${date ? ` (data ważności: ${date})` : ''}. Zaktualizuj dane płatności, aby subskrypcja pozostała aktywna.`,
    'state.failed.title': 'Ostatnia płatność nie powiodła się',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Do zapłaty pozostaje ${amount}.` : reason),
    'state.action_required.title': 'Twój bank prosi o potwierdzenie płatności',
    'state.action_required.body': ({ amount }) =>
      `Twój bank chce się upewnić, że ${
        amount ? `płatność na kwotę ${amount}` : 'ta płatność'
      } naprawdę pochodzi od Ciebie. To zajmie tylko chwilę.`,
    'state.failed.when': ({ date }) => `Po raz pierwszy próbowaliśmy pobrać płatność ${date}.`,
    'state.retry': ({ date }) => `Ponownie spróbujemy pobrać płatność ${date}.`,
    'state.accessEnds': ({ date }) => `Dostęp zachowasz do ${date}. Zaktualizuj wcześniej dane płatności, aby go nie stracić.`,
    'state.updated.title': 'Dziękujemy, wszystko gotowe',
    'state.updated.body': ({ card }) => `Od teraz Twoja ${card} będzie używana do opłacania subskrypcji.`,
    'state.recovered.body': ({ amount }) =>
      amount ? `Płatność na kwotę ${amount} została zrealizowana. Dziękujemy!` : 'Płatność została zrealizowana. Dziękujemy!',

    'state.processing.title': 'Twoja płatność bankowa jest w drodze',
    'state.processing.body': ({ amount }) =>
      `Twój bank przetwarza ${amount ? `płatność na kwotę ${amount}` : 'płatność'}. Może to potrwać kilka dni roboczych i nie musisz nic robić.`,
    'state.missing.title': 'Dodaj metodę płatności',
    'state.missing.body': ({ date }) =>
      date
        ? `Aby subskrypcja działała dalej, dodaj metodę płatności do ${date}.`
        : 'Subskrypcja jest wstrzymana do czasu dodania metody płatności.',

    'state.paused.title': 'Twoja subskrypcja jest wstrzymana',
    'state.paused.body': ({ date }) =>
      date ? `Nie pobierzemy opłaty do ${date}, kiedy subskrypcja zostanie wznowiona.` : 'Nie pobierzemy opłaty, dopóki jest wstrzymana. Wznów ją, kiedy zechcesz.',
    'banner.updateCard': 'Zaktualizuj kartę',
    'banner.addPaymentMethod': 'Dodaj metodę płatności',
    'banner.resume': 'Wznów teraz',
    'banner.confirmPayment': 'Potwierdź płatność',
    'banner.dismiss': 'Zamknij ten komunikat',

    'decline.insufficient_funds.title': 'Brak wystarczających środków',
    'decline.insufficient_funds.body':
      'Twój bank odrzucił płatność, ponieważ na koncie jest teraz za mało środków. Możesz zasilić konto i spróbować ponownie albo użyć innej karty.',
    'decline.expired_card.title': 'Karta straciła ważność',
    'decline.expired_card.body': 'Twój bank odrzucił płatność, ponieważ karta straciła ważność. Dodaj kartę, która jest nadal ważna.',
    'decline.incorrect_cvc.title': 'Kod zabezpieczający się nie zgadza',
    'decline.incorrect_cvc.body':
      'Kod zabezpieczający (3 lub 4 cyfry na karcie) nie zgadza się z danymi w Twoim banku. Wpisz dane karty jeszcze raz.',
    'decline.incorrect_number.title': 'Numer karty jest nieprawidłowy',
    'decline.incorrect_number.body': 'Wygląda na to, że numer karty jest nieprawidłowy. Sprawdź go i wpisz ponownie.',
    'decline.incorrect_expiry.title': 'Data ważności jest nieprawidłowa',
    'decline.incorrect_expiry.body': 'Data ważności nie zgadza się z kartą. Sprawdź miesiąc i rok na karcie i wpisz je ponownie.',
    'decline.incorrect_address.title': 'Adres rozliczeniowy się nie zgadza',
    'decline.incorrect_address.body':
      'Kod pocztowy lub adres nie zgadza się z danymi w Twoim banku. Wpisz go dokładnie tak, jak figuruje w banku.',
    'decline.card_not_supported.title': 'Tej karty nie można tu użyć',
    'decline.card_not_supported.body':
      'Twoja karta nie obsługuje tego rodzaju płatności. Użyj innej karty lub poproś bank o włączenie tej opcji.',
    'decline.currency_not_supported.title': 'Karta nie obsługuje tej waluty',
    'decline.currency_not_supported.body':
      'Twoją kartą nie można płacić w tej walucie. Użyj innej karty lub zapytaj bank, czy można to włączyć.',
    'decline.not_allowed.title': 'Twój bank zablokował tę płatność',
    'decline.not_allowed.body':
      'Twój bank nie zezwala na tę płatność tą kartą. Bank może znieść ograniczenie, możesz też użyć innej karty.',
    'decline.payment_stopped.title': 'Płatności na naszą rzecz zostały wstrzymane',
    'decline.payment_stopped.body':
      'Bank otrzymał dyspozycję wstrzymania płatności na naszą rzecz z tej karty. Jeśli chcesz zachować subskrypcję, poproś bank o ich odblokowanie lub użyj innej karty.',
    'decline.limit_exceeded.title': 'Osiągnięto limit karty',
    'decline.limit_exceeded.body':
      'Ta płatność przekroczyłaby limit wydatków na karcie. Możesz spróbować ponownie po odnowieniu limitu lub użyć innej karty.',
    'decline.call_bank.title': 'Twój bank prosi o kontakt',
    'decline.call_bank.body':
      'Twój bank odrzucił płatność i prosi o kontakt. Numer telefonu zwykle znajdziesz na odwrocie karty.',
    'decline.generic.title': 'Płatność została odrzucona',
    'decline.generic.body':
      'Twój bank odrzucił płatność bez podania przyczyny. Więcej powie Ci bank, możesz też użyć innej karty.',
    'decline.temporary.title': 'Chwilowy problem',
    'decline.temporary.body':
      'Podczas przetwarzania płatności coś poszło nie tak – to nie Twoja wina. Spróbuj ponownie za chwilę.',
    'decline.duplicate.title': 'To wygląda na podwójną płatność',
    'decline.duplicate.body':
      'Przed chwilą przeszła płatność na tę samą kwotę, więc bank wstrzymał tę kolejną. Zanim spróbujesz ponownie, sprawdź historię transakcji.',
    'decline.invalid_amount.title': 'Twój bank nie przyjął tej kwoty',
    'decline.invalid_amount.body': 'Twój bank nie przyjął kwoty tej płatności. Skontaktuj się z bankiem lub użyj innej karty.',
    'decline.new_card_details.title': 'Dane Twojej karty się zmieniły',
    'decline.new_card_details.body':
      'Twój bank wydał nowe dane tej karty. Wpisz nowe dane karty, aby subskrypcja działała dalej.',
    'decline.account_closed.title': 'Konto jest zamknięte',
    'decline.account_closed.body':
      'Konto powiązane z tą metodą płatności zostało zamknięte lub nie istnieje. Użyj innej metody płatności.',
    'decline.authentication_required.title': 'Twój bank prosi o potwierdzenie',
    'decline.authentication_required.body':
      'Twój bank prosi o potwierdzenie tej płatności, zanim zostanie zrealizowana. To zajmie tylko chwilę.',
    'decline.authentication_failed.title': 'Nie udało się potwierdzić płatności',
    'decline.authentication_failed.body':
      'Nie udało się potwierdzić płatności w Twoim banku. Spróbuj ponownie lub użyj innej karty.',
    'decline.test_card.title': 'Tej karty nie można obciążyć',
    'decline.test_card.body': 'Tej karty nie można używać do prawdziwych płatności. Użyj innej karty.',
    'decline.debit_not_authorized.title': 'Polecenie zapłaty nie zostało autoryzowane',
    'decline.debit_not_authorized.body':
      'Według Twojego banku polecenie zapłaty nie zostało autoryzowane lub zostało zakwestionowane. Użyj innej metody płatności lub poproś bank o jego akceptację.',
    'decline.bank_account_problem.title': 'Problem z kontem bankowym',
    'decline.bank_account_problem.body':
      'Twój bank nie mógł pobrać płatności z tego konta. Sprawdź dane konta lub użyj innej metody płatności.',
    'decline.provider_declined.title': 'Płatność została odrzucona',
    'decline.provider_declined.body': 'Operator płatności odrzucił tę płatność. Użyj innej metody płatności.',

    'action.update_card': 'Zaktualizuj kartę',
    'action.use_another_method': 'Użyj innej karty',
    'action.call_bank': 'Skontaktuj się z bankiem',
    'action.confirm_with_bank': 'Potwierdź w banku',
    'action.try_again_later': 'Spróbuj ponownie później',

    'form.title': 'Zaktualizuj metodę płatności',
    'form.payNow': ({ amount }) => `Z nowej metody płatności od razu pobierzemy ${amount} za zaległą płatność.`,
    'form.submit': 'Zapisz metodę płatności',
    'form.cancel': 'Anuluj',
    'form.loading': 'Ładowanie bezpiecznego formularza płatności…',
    'form.saving': 'Zapisywanie metody płatności…',
    'form.confirming': 'Czekamy na potwierdzenie z Twojego banku…',
    'form.finishing': 'Kończenie aktualizacji…',
    'form.unavailable': 'Nie udało się załadować formularza płatności. Sprawdź połączenie i spróbuj ponownie.',
    'form.retry': 'Spróbuj ponownie',
    'form.interrupted': 'Połączenie zostało przerwane przed zakończeniem aktualizacji. Twoje dane zostały zachowane: spróbuj ponownie, aby dokończyć. Nie obciążymy Cię dwa razy.',
    'form.rateLimited': 'Zbyt wiele prób w krótkim czasie. Odczekaj kilka minut i spróbuj ponownie.',
    'form.pending': 'Twój bank wciąż przetwarza tę metodę płatności. Konto zostanie zaktualizowane, gdy tylko zostanie ona potwierdzona.',
    'form.microdeposits': ({ date }) =>
      `Sprawdź swoje konto bankowe ${date ? `około ${date}` : 'za 1–2 dni robocze'}: wyślemy na nie niewielką kwotę. Przez link wpisz to, co zobaczysz przy przelewie. Do tego czasu Twoja zapisana metoda płatności pozostaje bez zmian.`,
    'form.microdepositsLink': 'Zweryfikuj konto bankowe',
    'form.declinedToo': 'Ta karta również została odrzucona. Zapisana metoda płatności nie została zmieniona i nic nie zostało pobrane.',

    'wall.notNow': 'Nie teraz',
    'wall.paused': 'Twój dostęp jest wstrzymany do czasu uregulowania płatności.',
    'wall.continue': 'Dalej',
    'wall.logout': 'Wyloguj się',
    'wall.support': 'Skontaktuj się z pomocą',
    'wall.cancelSubscription': 'Anuluj subskrypcję',
  },
} satisfies Translation;

export default pl;
