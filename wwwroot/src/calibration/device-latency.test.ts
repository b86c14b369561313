import { describe, expect, it } from 'vitest';
import {
  defaultDeviceKey,
  deviceKeyOf,
  deviceLatencyStorageKey,
  loadDeviceLatency,
  saveDeviceLatency,
} from './device-latency';

/** An in-memory Storage with the two methods the module uses. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const savedAt = new Date('2026-11-25T18:00:00Z');

describe('device latency', () => {
  it('reads back the delay kept for a device', () => {
    const storage = memoryStorage();

    saveDeviceLatency(storage, 'usb-mic', { latencyMs: 187.46, source: 'measured', savedAt });
    const loaded = loadDeviceLatency(storage, 'usb-mic');

    expect(loaded).toEqual({ latencyMs: 187.5, source: 'measured', savedAt });
  });

  it('keeps each device its own delay', () => {
    const storage = memoryStorage();

    saveDeviceLatency(storage, 'usb-mic', { latencyMs: 40, source: 'measured', savedAt });
    saveDeviceLatency(storage, 'bluetooth', { latencyMs: 220, source: 'manual', savedAt });

    expect(loadDeviceLatency(storage, 'usb-mic')?.latencyMs).toBe(40);
    expect(loadDeviceLatency(storage, 'bluetooth')?.latencyMs).toBe(220);
  });

  it('falls back to the default device for a device never calibrated', () => {
    const storage = memoryStorage();

    saveDeviceLatency(storage, defaultDeviceKey, { latencyMs: 120, source: 'measured', savedAt });

    expect(loadDeviceLatency(storage, 'new-headset')?.latencyMs).toBe(120);
  });

  it('is null when nothing was kept', () => {
    expect(loadDeviceLatency(memoryStorage(), 'usb-mic')).toBeNull();
  });

  it('refuses a delay the server would refuse', () => {
    const storage = memoryStorage();

    expect(() => saveDeviceLatency(storage, 'usb-mic', { latencyMs: 1500, source: 'manual', savedAt })).toThrow(RangeError);
    expect(() => saveDeviceLatency(storage, 'usb-mic', { latencyMs: Number.NaN, source: 'manual', savedAt })).toThrow(RangeError);
    expect(storage.items.size).toBe(0);
  });

  it('skips damaged entries and keeps the good ones', () => {
    const storage = memoryStorage();
    storage.items.set(
      deviceLatencyStorageKey,
      JSON.stringify({
        good: { latencyMs: 90, source: 'manual', savedAt: savedAt.toISOString() },
        negative: { latencyMs: -5, source: 'manual', savedAt: savedAt.toISOString() },
        strange: { latencyMs: 90, source: 'guessed', savedAt: savedAt.toISOString() },
        undated: { latencyMs: 90, source: 'manual', savedAt: 'yesterday' },
      }),
    );

    expect(loadDeviceLatency(storage, 'good')?.latencyMs).toBe(90);
    expect(loadDeviceLatency(storage, 'negative')).toBeNull();
    expect(loadDeviceLatency(storage, 'strange')).toBeNull();
    expect(loadDeviceLatency(storage, 'undated')).toBeNull();
  });

  it('ignores text that is not JSON', () => {
    const storage = memoryStorage();
    storage.items.set(deviceLatencyStorageKey, '{not json');

    expect(loadDeviceLatency(storage, defaultDeviceKey)).toBeNull();
  });

  it('reports false when the browser refuses to store', () => {
    const refusing = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };

    expect(saveDeviceLatency(refusing, 'usb-mic', { latencyMs: 50, source: 'manual', savedAt })).toBe(false);
  });

  it('names a track by its device id, or the default device when it has none', () => {
    expect(deviceKeyOf({ getSettings: () => ({ deviceId: 'abc123' }) })).toBe('abc123');
    expect(deviceKeyOf({ getSettings: () => ({}) })).toBe(defaultDeviceKey);
    expect(deviceKeyOf(null)).toBe(defaultDeviceKey);
  });
});
