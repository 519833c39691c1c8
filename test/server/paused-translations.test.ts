// The paused banner's words (`state.paused.title`, `state.paused.body`, `banner.resume`) in the
// languages where they once read wrong: the register of each file (您 in Chinese, "sina" in
// Estonian), and a real formatted date where grammar bends around it (Hungarian never suffixes it,
// Italian elides "al" before 8 and 11, Maltese assimilates "sa" to the day, Latvian and Estonian keep
// the nominative after a label or "kuupäeval").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate } from '../../src/translations/format.js';
import { loadTranslation } from '../../src/translations/index.js';
import type { Translation } from '../../src/translations/types.js';

const on = (locale: string, day: number) => formatDate(locale, `2030-04-${String(day).padStart(2, '0')}T10:00:00Z`)!;
const paused = (t: Translation, date: string | null) => t.messages['state.paused.body']({ date });
const words = (t: Translation) => [t.messages['state.paused.title'], paused(t, on(t.locale, 5)), paused(t, null), t.messages['banner.resume']];

describe('paused: register and dates', () => {
  it('Chinese (zh, zh-TW) says 您, as the rest of each file', async () => {
    for (const locale of ['zh', 'zh-TW']) {
      const t = await loadTranslation(locale);
      for (const text of words(t)) assert.ok(!text.includes('你'), `${locale}: ${text}`);
      const all = Object.values(t.messages).filter((v): v is string => typeof v === 'string').join('');
      assert.ok(!all.includes('你'), `${locale}: the whole file says 您`);
      assert.ok(t.messages['state.paused.title'].includes('您'));
    }
  });

  it('Estonian says "sina" (the file’s register), the date after "kuupäeval"', async () => {
    const t = await loadTranslation('et');
    const all = Object.values(t.messages).filter((v): v is string => typeof v === 'string');
    for (const text of [...words(t), ...all]) assert.ok(!/\b(Teie|teie|Teil|teil|Jätkake|olete)\b/.test(text), `formal "teie": ${text}`);
    assert.equal(paused(t, on('et', 5)), 'Tellimus jätkub kuupäeval 5. aprill 2030. Seni sinult tasu ei võeta.');
  });

  it('Hungarian puts no suffix on the date', async () => {
    const t = await loadTranslation('hu');
    const body = paused(t, on('hu', 5));
    assert.ok(!/\d\.-/.test(body), body);
    assert.ok(body.startsWith('2030. április 5. napjáig'), body);
  });

  it('Italian: "fino al", "fino all’" before 8 and 11', async () => {
    const t = await loadTranslation('it');
    assert.ok(paused(t, on('it', 5)).includes('fino al 5 aprile 2030'));
    assert.ok(paused(t, on('it', 8)).includes('fino all’8 aprile 2030'));
    assert.ok(paused(t, on('it', 11)).includes('fino all’11 aprile 2030'));
  });

  it('Maltese: "sa" takes the day’s article (sal-1, sat-8)', async () => {
    const t = await loadTranslation('mt');
    assert.ok(paused(t, on('mt', 1)).includes('sal-1 ta’ April 2030'), paused(t, on('mt', 1)));
    assert.ok(paused(t, on('mt', 8)).includes('sat-8 ta’ April 2030'), paused(t, on('mt', 8)));
  });

  it('Latvian: the nominative date after a label, never after "līdz"', async () => {
    const t = await loadTranslation('lv');
    const body = paused(t, on('lv', 5));
    assert.ok(!/līdz 20\d\d/i.test(body), body);
    assert.ok(body.endsWith('atsāksies: 2030. gada 5. aprīlis.'), body);
  });
});
