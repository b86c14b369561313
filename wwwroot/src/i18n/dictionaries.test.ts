import { describe, expect, it } from 'vitest';
import { en, ko } from './dictionaries';

describe('dictionaries', () => {
  it('give every key a non-empty string in both languages', () => {
    const empty = Object.keys(en).filter((key) => !en[key as keyof typeof en] || !ko[key as keyof typeof en]);

    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = Object.keys(en).filter(
      (key) => placeholders(en[key as keyof typeof en]).join() !== placeholders(ko[key as keyof typeof en]).join(),
    );

    expect(mismatched).toEqual([]);
  });

  it('tell the singer to sing a steady note in both languages', () => {
    expect(en['live.intro']).toContain('sing a steady note');
    expect(ko['live.intro']).toContain('한 음을 길게');
  });
});

describe('voice type names', () => {
  it('are the usual Korean names', () => {
    expect([ko['voice.bass'], ko['voice.baritone'], ko['voice.tenor'], ko['voice.alto'], ko['voice.mezzo-soprano'], ko['voice.soprano']]).toEqual([
      '베이스',
      '바리톤',
      '테너',
      '알토',
      '메조소프라노',
      '소프라노',
    ]);
  });
});
