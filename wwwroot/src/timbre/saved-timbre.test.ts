import { describe, expect, it } from 'vitest';
import { deviceKeeper, loadTimbre, savedTimbreKey, saveTimbre } from './saved-timbre';
import { balladAnswer } from './timbre-answers.fixture';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('saved timbre', () => {
  it('reads back the result and date it kept', () => {
    const storage = memoryStorage();
    const savedAt = new Date('2026-11-25T18:30:00Z');

    expect(saveTimbre(storage, balladAnswer(), savedAt)).toBe(true);

    expect(loadTimbre(storage)).toEqual({ result: balladAnswer(), savedAt });
  });

  it('keeps it under a versioned key', () => {
    const storage = memoryStorage();

    saveTimbre(storage, balladAnswer(), new Date());

    expect([...storage.items.keys()]).toEqual(['singking.timbre.v1']);
  });

  it('is null when nothing was kept', () => {
    expect(loadTimbre(memoryStorage())).toBeNull();
  });

  it('ignores a damaged entry', () => {
    const storage = memoryStorage();
    storage.setItem(savedTimbreKey, '{"result":{"label":"ballad"},"savedAt":"2026-11-25T18:30:00Z"}');

    expect(loadTimbre(storage)).toBeNull();
  });

  it('ignores an entry that is not JSON', () => {
    const storage = memoryStorage();
    storage.setItem(savedTimbreKey, 'ballad');

    expect(loadTimbre(storage)).toBeNull();
  });

  it('reports a storage that refuses to keep it', () => {
    const full = { setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };

    expect(saveTimbre(full, balladAnswer(), new Date())).toBe(false);
  });

  it('replaces the last result with a newer one through the device keeper', () => {
    const keeper = deviceKeeper(memoryStorage());
    const rock = { ...balladAnswer(), label: 'rock' };
    keeper.save(balladAnswer(), new Date('2026-11-24T10:00:00Z'));

    keeper.save(rock, new Date('2026-11-25T10:00:00Z'));

    expect(keeper.load()?.result.label).toBe('rock');
  });
});
