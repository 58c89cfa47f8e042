import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KIOSK_IDLE_MS, watchIdle } from '../src/state/kiosk.ts';
import { deviceKey, keepDeviceKeyInMemory, type KeyStorage } from '../src/api/device-key.ts';

describe('a shared device', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', new EventTarget());
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('starts over after three minutes without a touch, and not while someone is answering', () => {
    const reset = vi.fn();
    const stop = watchIdle(reset);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(KIOSK_IDLE_MS - 1000);
      window.dispatchEvent(new Event('pointerdown'));
    }
    expect(reset).not.toHaveBeenCalled();
    vi.advanceTimersByTime(KIOSK_IDLE_MS);
    expect(reset).toHaveBeenCalledTimes(1);
    stop();
    vi.advanceTimersByTime(KIOSK_IDLE_MS * 2);
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it('keeps the device key in the page\'s memory only, never in the browser\'s storage', () => {
    const written: string[] = [];
    const storage: KeyStorage = { getItem: () => null, setItem: (k) => void written.push(k) };
    vi.stubGlobal('localStorage', storage);
    keepDeviceKeyInMemory();
    const key = deviceKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(deviceKey()).toBe(key);
    expect(written).toEqual([]);
  });
});
