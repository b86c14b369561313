/**
 * The calibrated delay of each audio device this browser has sung through, kept in localStorage.
 *
 * The delay depends on the pair of devices the sound travels through (Bluetooth headphones add 150–250 ms, a
 * USB microphone its own buffer), so it is stored per microphone: the key is the capture track's deviceId,
 * which the browser keeps stable per site. A measurement made before the microphone could be named is stored
 * under {@link defaultDeviceKey} and serves every device that has none of its own.
 */

/** How one device's delay was found. */
export type LatencySource = 'measured' | 'manual';

/** One device's delay from song to microphone. */
export interface DeviceLatency {
  /** Milliseconds from a sample leaving the page's audio output to the same sound arriving at the microphone. */
  latencyMs: number;
  source: LatencySource;
  savedAt: Date;
}

/** The localStorage key; versioned so a later shape can ignore this one instead of misreading it. */
export const deviceLatencyStorageKey = 'singking.latency.v1';

/** Key for the browser's default microphone, and for measurements not tied to a named device. */
export const defaultDeviceKey = 'default';

/** Largest delay the server accepts (latencyMs of startSession), in milliseconds. */
export const maxLatencyMs = 1000;

/** The device key of a capture track: its deviceId, or {@link defaultDeviceKey} when the browser gives none. */
export function deviceKeyOf(track: Pick<MediaStreamTrack, 'getSettings'> | null | undefined): string {
  const id = track?.getSettings().deviceId;
  return id ? id : defaultDeviceKey;
}

/**
 * The delay stored for <paramref>deviceKey</paramref>, else the default device's, else null (never calibrated:
 * the caller uses 0 and suggests calibrating).
 */
export function loadDeviceLatency(storage: Pick<Storage, 'getItem'>, deviceKey: string): DeviceLatency | null {
  const all = readAll(storage);
  return all.get(deviceKey) ?? all.get(defaultDeviceKey) ?? null;
}

/**
 * Stores <paramref>latency</paramref> for <paramref>deviceKey</paramref>, keeping other devices' entries. The
 * delay is rounded to 0.1 ms and must lie in 0…{@link maxLatencyMs}. Returns false when the browser will not store it.
 */
export function saveDeviceLatency(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  deviceKey: string,
  latency: DeviceLatency,
): boolean {
  if (!isLatencyMs(latency.latencyMs)) {
    throw new RangeError(`A device delay is 0 to ${maxLatencyMs} ms (got ${latency.latencyMs}).`);
  }
  const all = readAll(storage);
  all.set(deviceKey, { ...latency, latencyMs: Math.round(latency.latencyMs * 10) / 10 });
  const entries: Record<string, { latencyMs: number; source: LatencySource; savedAt: string }> = {};
  for (const [key, value] of all) {
    entries[key] = { latencyMs: value.latencyMs, source: value.source, savedAt: value.savedAt.toISOString() };
  }
  try {
    storage.setItem(deviceLatencyStorageKey, JSON.stringify(entries));
    return true;
  } catch {
    // Storage can be full or disabled (private mode, policies); the delay still applies to this visit.
    return false;
  }
}

function isLatencyMs(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= maxLatencyMs;
}

/** Every well-formed entry; a damaged or foreign entry is skipped, never a reason to fail. */
function readAll(storage: Pick<Storage, 'getItem'>): Map<string, DeviceLatency> {
  const all = new Map<string, DeviceLatency>();
  let value: unknown;
  try {
    const text = storage.getItem(deviceLatencyStorageKey);
    if (!text) return all;
    value = JSON.parse(text);
  } catch {
    return all;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return all;
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { latencyMs, source, savedAt } = entry as Record<string, unknown>;
    const date = typeof savedAt === 'string' ? new Date(savedAt) : null;
    if (!isLatencyMs(latencyMs) || (source !== 'measured' && source !== 'manual') || !date || Number.isNaN(date.getTime())) {
      continue;
    }
    all.set(key, { latencyMs, source, savedAt: date });
  }
  return all;
}
