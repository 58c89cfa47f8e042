import { describe, expect, it } from 'vitest';
import { deviceKey, type KeyStorage } from '../src/api/device-key.ts';

function memoryStorage(initial: Record<string, string> = {}): KeyStorage & { items: Record<string, string> } {
  const items = { ...initial };
  return { items, getItem: (k) => items[k] ?? null, setItem: (k, v) => void (items[k] = v) };
}

const refusing: KeyStorage = {
  getItem: () => { throw new Error('storage is disabled'); },
  setItem: () => { throw new Error('storage is disabled'); },
};

describe("this browser's device key", () => {
  it('is made once, kept in storage, and the same on every later request', () => {
    const storage = memoryStorage();
    const key = deviceKey(storage);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(storage.items['spejl-survey-device']).toBe(key);
    expect(deviceKey(storage)).toBe(key);
  });

  it('keeps a key the browser already has', () => {
    const kept = 'k'.repeat(43);
    expect(deviceKey(memoryStorage({ 'spejl-survey-device': kept }))).toBe(kept);
  });

  it('replaces a stored value that is not a key', () => {
    const storage = memoryStorage({ 'spejl-survey-device': 'tampered' });
    expect(deviceKey(storage)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('lasts for the visit where the browser refuses storage', () => {
    const key = deviceKey(refusing);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(deviceKey(refusing)).toBe(key);
    expect(deviceKey(null)).toBe(key);
  });
});
