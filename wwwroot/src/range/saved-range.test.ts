import { describe, expect, it } from 'vitest';
import type { RangeResult } from '../connection/hub-contract';
import { loadRange, saveRange, savedRangeKey } from './saved-range';

/** An in-memory Storage with the two methods the module uses. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const baritone: RangeResult = {
  lowest: 'A2',
  highest: 'F4',
  lowestHz: 110.1,
  highestHz: 349.0,
  semitones: 20,
  octaves: 1.67,
  voiceType: 'baritone',
  tessituraLow: 'C3',
  tessituraHigh: 'D4',
  stableNotes: [{ name: 'A3', hz: 220.2, startSeconds: 0.1, durationSeconds: 1.4 }],
};

describe('saved range', () => {
  it('reads back the result and date it kept', () => {
    const storage = memoryStorage();
    const savedAt = new Date('2026-11-25T15:30:00Z');

    saveRange(storage, baritone, savedAt);
    const loaded = loadRange(storage);

    expect(loaded?.result).toEqual(baritone);
    expect(loaded?.savedAt.toISOString()).toBe(savedAt.toISOString());
  });

  it('is null when nothing was kept', () => {
    expect(loadRange(memoryStorage())).toBeNull();
  });

  it('ignores text that is not JSON', () => {
    const storage = memoryStorage();
    storage.items.set(savedRangeKey, '{not json');

    expect(loadRange(storage)).toBeNull();
  });

  it('ignores an entry whose lowest note is not a note name', () => {
    const storage = memoryStorage();
    storage.items.set(savedRangeKey, JSON.stringify({ result: { ...baritone, lowest: 'low' }, savedAt: new Date().toISOString() }));

    expect(loadRange(storage)).toBeNull();
  });

  it('ignores an entry with an unknown voice type', () => {
    const storage = memoryStorage();
    storage.items.set(savedRangeKey, JSON.stringify({ result: { ...baritone, voiceType: 'countertenor' }, savedAt: new Date().toISOString() }));

    expect(loadRange(storage)).toBeNull();
  });

  it('ignores an entry without a valid date', () => {
    const storage = memoryStorage();
    storage.items.set(savedRangeKey, JSON.stringify({ result: baritone, savedAt: 'yesterday' }));

    expect(loadRange(storage)).toBeNull();
  });

  it('reports that it could not keep the result when storage refuses', () => {
    const refusing = { setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };

    expect(saveRange(refusing, baritone, new Date())).toBe(false);
  });

  it('reads nothing when storage refuses to be read', () => {
    const refusing = { getItem: (): string | null => { throw new DOMException('denied', 'SecurityError'); } };

    expect(loadRange(refusing)).toBeNull();
  });
});
