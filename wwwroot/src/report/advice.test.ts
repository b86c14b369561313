import { describe, expect, it } from 'vitest';
import { en, ko, type Dictionary } from '../i18n/dictionaries';
import type { Notice } from '../i18n/notice';
import { adviceCodes, adviceNotice, adviceWording } from './advice';
import type { Advice } from './report-contract';

/** The notice's sentence in one dictionary, with its placeholders filled as the page's t() fills them. */
function word(dictionary: Dictionary, notice: Notice): string {
  const template = dictionary[notice.key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (notice.params && name in notice.params ? String(notice.params[name]) : whole));
}

/** Advice of <paramref>code</paramref> quoting a value for every name its sentence may read. */
function withValues(code: Advice['code']): Advice {
  const values: Record<string, number> = {};
  for (const spec of Object.values(adviceWording[code])) values[spec.names[0]] = 12;
  return { code, values };
}

describe('advice wording', () => {
  it.each(adviceCodes)('words %s in English and Korean with every placeholder filled', (code) => {
    const notice = adviceNotice(withValues(code))!;

    for (const dictionary of [en, ko]) {
      const sentence = word(dictionary, notice);
      expect(sentence.length).toBeGreaterThan(10);
      expect(sentence).not.toMatch(/[{}]/);
    }
  });

  it.each(adviceCodes.filter((code) => Object.keys(adviceWording[code]).length > 0))(
    'words %s without numbers when the server sent none',
    (code) => {
      const notice = adviceNotice({ code, values: {} })!;

      expect(notice.key).toBe(`report.advice.${code}Plain`);
      expect(word(en, notice)).not.toMatch(/[{}\d]/);
      expect(word(ko, notice)).not.toMatch(/[{}\d]/);
    },
  );

  it('quotes the cents flat on long notes', () => {
    const notice = adviceNotice({ code: 'flatOnLongNotes', values: { cents: -30.4 } })!;

    expect(word(en, notice)).toBe('You are about 30 cents flat on long notes.');
    expect(word(ko, notice)).toContain('30센트 낮아집니다');
  });

  it('quotes a late entry in ms rounded to 10 ms', () => {
    const notice = adviceNotice({ code: 'lateEntries', values: { phrase: 3, ms: 138 } })!;

    expect(word(en, notice)).toBe('You come in late on phrase starts (about 140 ms).');
    expect(word(ko, notice)).toContain('140ms');
  });

  it('quotes vibrato rate to a tenth of a hertz and its extent in cents', () => {
    const notice = adviceNotice({ code: 'vibratoFastNarrow', values: { hz: 7.23, cents: 15.2 } })!;

    expect(word(en, notice)).toContain('(7.2 Hz, ±15 cents)');
    expect(word(ko, notice)).toContain('7.2Hz, ±15센트');
  });

  it('quotes a share as a percentage', () => {
    const notice = adviceNotice({ code: 'unclearArticulation', values: { percent: 45.6 } })!;

    expect(word(en, notice)).toContain('Only 46% of syllables');
  });

  it('leaves out a code this page does not know', () => {
    expect(adviceNotice({ code: 'somethingNew' as Advice['code'], values: {} })).toBeNull();
  });
});
