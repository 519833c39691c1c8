import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

/**
 * The article before a day of the month assimilates to how the number is read: fl-1, fit-2,
 * fil-5, fis-6, fid-9, fl-24 (as the banner's `on`, “fi” = on). Days 1 to 31, one letter each.
 */
const ARTICLE = 'fttfisstdfittfisstdfittfisstdti';
const on = (date: string) => {
  const a = ARTICLE[parseInt(date, 10) - 1];
  if (!a) return `fi ${date}`;
  const l = a === 'f' || a === 'i' ? 'l' : a;
  return `${a === 'f' ? 'f' : 'fi'}${l}-${date}`;
};

const PER: Record<BillingInterval, string> = { day: 'kuljum', week: 'fil-ġimgħa', month: 'fix-xahar', year: 'fis-sena' };
/** Maltese has a dual (“kull xahrejn”), a plural for 3 to 10 (“kull 3 xhur”) and the singular from 11 (“kull 11-il xahar”, “kull 20 xahar”). */
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { two: 'kull jumejn', few: 'kull # ijiem', many: 'kull #-il jum', other: 'kull # jum' },
  week: { two: 'kull ġimagħtejn', few: 'kull # ġimgħat', many: 'kull #-il ġimgħa', other: 'kull # ġimgħa' },
  month: { two: 'kull xahrejn', few: 'kull # xhur', many: 'kull #-il xahar', other: 'kull # xahar' },
  year: { two: 'kull sentejn', few: 'kull # snin', many: 'kull #-il sena', other: 'kull # sena' },
};

/** Maltese (informal “int”), as the banner. */
const mt = {
  locale: 'mt',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Ma tistax tħallas bħalissa?',
    'care.offers.title': 'Għażliet oħra',
    'care.offers.intro': 'Jekk issa mhux il-waqt, m’għandekx għalfejn titlaq. Tista’ tieħu pawża jew taqleb għal pjan iżgħar.',
    'care.offers.loading': 'Qed intellgħu l-għażliet tiegħek…',
    'care.offers.error': 'L-għażliet tiegħek ma setgħux jittellgħu, u xejn ma nbidel. Erġa’ pprova ftit wara.',
    'care.offers.none': 'Bħalissa m’hemm l-ebda għażla oħra għall-abbonament tiegħek. It-tim tal-appoġġ tagħna jgħinek bil-pjaċir.',
    'care.back': 'Lura',
    'care.confirm.title': 'Jekk jogħġbok iċċekkja qabel tikkonferma',
    'care.working': 'Qed nissejvjaw l-għażla tiegħek…',
    'care.failed': 'Ma ħadmitx, u xejn ma nbidel. Erġa’ pprova.',
    'care.refused': 'Din l-għażla m’għadhiex disponibbli għall-abbonament tiegħek. Xejn ma nbidel.',

    'care.pause.title': 'Issospendi l-abbonament tiegħek',
    'care.pause.length': 'Għal kemm żmien?',
    'care.pause.months': ({ months }) => plural('mt', months, { one: '# xahar', two: 'xahrejn', few: '# xhur', many: '#-il xahar', other: '# xahar' }),
    'care.pause.resumesOn': ({ date }) => `Il-ħlas jerġa’ jibda ${on(date)}.`,
    'care.pause.stopsService': 'Sa dakinhar l-abbonament tiegħek jieqaf, u mhux se tiġi ddebitat.',
    'care.pause.keepsService': 'Tista’ tibqa’ tuża s-servizz, u mhux se tiġi ddebitat sa dakinhar.',
    'care.pause.noAccess': 'Sakemm ikun sospiż, ma tkunx tista’ tuża l-funzjonijiet bi ħlas tal-kont tiegħek.',
    'care.pause.confirm': ({ months }) =>
      plural('mt', months, { one: 'Issospendi għal # xahar', two: 'Issospendi għal xahrejn', few: 'Issospendi għal # xhur', many: 'Issospendi għal #-il xahar', other: 'Issospendi għal # xahar' }),
    'care.pause.done': ({ date }) => `L-abbonament tiegħek huwa sospiż. Il-ħlas jerġa’ jibda ${on(date)}.`,

    'care.overdue.void': ({ amount }) => `L-ammont mhux imħallas ta’ ${amount} se jiġi kkanċellat: ma jkollokx għalfejn tħallsu.`,
    'care.overdue.leaveOpen': ({ amount }) => `L-ammont mhux imħallas ta’ ${amount} għadu dovut, u se nibqgħu nippruvaw niġbruh.`,

    'care.plan.title': 'Aqleb għal pjan iżgħar',
    'care.plan.current': ({ plan, price }) => `Il-pjan attwali tiegħek: ${plan} (${price}).`,
    'care.plan.choose': 'Agħżel pjan',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Illum se tiġi ddebitat ${amount} bil-metodu ta’ ħlas issejvjat tiegħek, u mbagħad f’kull tiġdid.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Se tħallas ${amount} mill-kont li jmiss tiegħek, ${on(date)}.` : `Se tħallas ${amount} mill-kont li jmiss tiegħek.`,
    'care.plan.prorate': 'Kull differenza għall-perjodu attwali tiġi rranġata fil-kont li jmiss tiegħek.',
    'care.plan.prorateNow': 'Kull differenza għall-perjodu attwali tiġi ddebitata jew ikkreditata minnufih.',
    'care.plan.confirm': ({ plan }) => `Aqleb għal ${plan}`,
    'care.plan.done': ({ plan }) => `Issa għandek il-pjan ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('mt', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Qed nerġgħu nibdew l-abbonament tiegħek…',
    'care.resume.done': 'Merħba lura! L-abbonament tiegħek huwa attiv mill-ġdid.',

    'care.support.open': 'Ikkuntattja s-support',
    'care.support.subject': 'Għajnuna bil-ħlas tiegħi',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Bonġu,',
        '',
        'Għandi bżonn għajnuna bil-ħlas tiegħi.',
        '',
        `Dak li qed nara: ${summary}`,
        ...(reason ? [`Dak li qal il-bank: ${reason}`] : []),
        ...(invoice ? [`Fattura: ${invoice}`] : []),
        ...(amount ? [`Ammont dovut: ${amount}`] : []),
        '',
        'Grazzi',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Illum tħallas ${amount}.`,
    'care.receipt.next': ({ date }) => `Il-ħlas li jmiss tiegħek huwa ${on(date)}.`,

    'care.rating.question': 'Kemm kien faċli?',
    'care.rating.send': 'Ibgħat',
    'care.rating.1': 'Diffiċli ħafna',
    'care.rating.2': 'Diffiċli',
    'care.rating.3': 'La faċli u lanqas diffiċli',
    'care.rating.4': 'Faċli',
    'care.rating.5': 'Faċli ħafna',
    'care.rating.thanks': 'Grazzi talli għidtilna.',
  },
} satisfies CareTranslation;

export default mt;
