import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { SaveQueue, type PendingSave } from '../src/state/autosave.ts';

type Save = PendingSave<number>;

/** A send whose saves finish only when the test says so. */
function manualSend() {
  const sent: { slot: number; save: Save; finish: () => void; fail: (e: Error) => void }[] = [];
  let running = 0;
  let most = 0;
  const send = (slot: number, save: Save) =>
    new Promise<void>((resolve, reject) => {
      running++;
      most = Math.max(most, running);
      const done = () => void running--;
      sent.push({ slot, save, finish: () => (done(), resolve()), fail: (e) => (done(), reject(e)) });
    });
  return { send, sent, most: () => most };
}

const tick = () => new Promise<void>((r) => queueMicrotask(r)).then(() => new Promise<void>((r) => queueMicrotask(r)));

describe('saving a form in the background', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('waits for a quiet moment and then sends only the newest answers', async () => {
    const { send, sent } = manualSend();
    const queue = new SaveQueue(send, 1500);
    queue.changed(0, [1, 0]);
    await vi.advanceTimersByTimeAsync(1000);
    queue.changed(0, [1, 2]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(600);
    expect(sent.map((s) => s.save)).toEqual([{ answers: [1, 2], comments: {}, submit: false }]);
    expect(queue.unsaved(0)).toBe(true);
    sent[0]?.finish();
    await tick();
    expect(queue.unsaved(0)).toBe(false);
  });

  it('sends one save of a form at a time; changes meanwhile wait and only the newest goes next', async () => {
    const { send, sent, most } = manualSend();
    const queue = new SaveQueue(send, 1500);
    queue.changed(0, [1]);
    const first = queue.flush(0);
    queue.changed(0, [2]);
    queue.changed(0, [3]);
    const second = queue.flush(0);
    await tick();
    expect(sent).toHaveLength(1);
    sent[0]?.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((s) => s.save.answers)).toEqual([[1], [3]]);
    sent[1]?.finish();
    await Promise.all([first, second]);
    expect(most()).toBe(1);
  });

  it('never turns a waiting Send into a plain save', async () => {
    const { send, sent } = manualSend();
    const queue = new SaveQueue(send, 1500);
    queue.changed(0, [1]);
    void queue.flush(0);
    queue.changed(0, [2], true);
    queue.changed(0, [3]);
    sent[0]?.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent[1]?.save).toEqual({ answers: [3], comments: {}, submit: true });
  });

  it('keeps a change whose save failed and sends it with the next flush', async () => {
    const { send, sent } = manualSend();
    const queue = new SaveQueue(send, 1500);
    queue.changed(0, [4]);
    const failing = queue.flush(0);
    sent[0]?.fail(new Error('offline'));
    await expect(failing).rejects.toThrow('offline');
    expect(queue.unsaved(0)).toBe(true);
    const retry = queue.flush(0);
    sent[1]?.finish();
    await retry;
    expect(sent.map((s) => s.save.answers)).toEqual([[4], [4]]);
    expect(queue.unsaved(0)).toBe(false);
  });

  it('stops sending a form the server refuses from this browser, the refused save included, and keeps saving the others', async () => {
    const { send, sent } = manualSend();
    const queue = new SaveQueue(send, 1500);
    queue.changed(0, [4]);
    queue.changed(1, [2]);
    const refused = queue.flush(0);
    queue.stop(0); // what the app does when the server answers "another device"
    sent[0]?.fail(new Error('another device'));
    await expect(refused).rejects.toThrow('another device');
    expect(queue.unsaved(0)).toBe(false);
    queue.changed(0, [5]);
    const all = queue.flushAll();
    await tick();
    sent[1]?.finish();
    await all;
    expect(sent.map((s) => [s.slot, s.save.answers])).toEqual([[0, [4]], [1, [2]]]);
  });

  it('flushes every form at once when the page is hidden, and forgets everything once the round is closed', async () => {
    const { send, sent } = manualSend();
    const queue = new SaveQueue(send, 1500);
    queue.changed(0, [1]);
    queue.changed(2, [5]);
    void queue.flushAll();
    expect(sent.map((s) => s.slot).sort()).toEqual([0, 2]);
    queue.changed(1, [3]);
    queue.forget();
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(2);
  });

  it('for any changes, flushes and save times: one save per form at a time, and the last one sent is the newest', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constant('change' as const), fc.constant('flush' as const), fc.constant('finish' as const), fc.constant('wait' as const)), { maxLength: 40 }), async (steps) => {
        const { send, sent, most } = manualSend();
        const queue = new SaveQueue(send, 1500);
        let newest = 0;
        let finished = 0;
        for (const step of steps) {
          if (step === 'change') queue.changed(0, [++newest]);
          if (step === 'flush') void queue.flush(0);
          if (step === 'finish' && finished < sent.length) sent[finished++]?.finish();
          if (step === 'wait') await vi.advanceTimersByTimeAsync(2000);
          await tick();
        }
        void queue.flush(0);
        for (let i = 0; i < 50 && queue.unsaved(0); i++) {
          while (finished < sent.length) sent[finished++]?.finish();
          await vi.advanceTimersByTimeAsync(0);
        }
        expect(most()).toBeLessThanOrEqual(1);
        expect(queue.unsaved(0)).toBe(false);
        if (newest > 0) expect(sent.at(-1)?.save.answers).toEqual([newest]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('SaveQueue and comments', () => {
  it('sends the newest comments with the newest answers, copied so later typing cannot change a save under way', async () => {
    const sent: PendingSave<number>[] = [];
    const queue = new SaveQueue<number>(async (_slot, save) => void sent.push(save), 10, { set: () => 0, clear: () => undefined });
    const comments: Record<string, string> = { 'borgerorientering.godt': 'Hun lytter' };
    queue.changed(0, [1], false, comments);
    comments['borgerorientering.godt'] = 'Hun lytter til os';
    queue.changed(0, [1], false, comments);
    const flushing = queue.flush(0);
    comments['borgerorientering.godt'] = 'ændret bagefter';
    await flushing;
    expect(sent).toEqual([{ answers: [1], comments: { 'borgerorientering.godt': 'Hun lytter til os' }, submit: false }]);
  });
});
