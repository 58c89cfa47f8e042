/*
 * A shared device (a workplace tablet at `/s/kiosk`). One respondent after another types their code
 * and answers; the next must find nothing of the one before. So in kiosk mode the app keeps
 * nothing in the browser: the device key lives in this page's memory only (device-key.ts), the
 * language choice is not stored, the link token never enters the address, and the survey app sets
 * no cookie. After the respondent is done, or after a few minutes without a touch, what was typed
 * is sent and the page is loaded afresh, which also drops the memory.
 */

/** How long a kiosk waits without a touch before it sends what was answered and returns to the code page. */
export const KIOSK_IDLE_MS = 3 * 60_000;
/** How long the thank-you shows before the next person's code page. */
export const KIOSK_THANKS_MS = 15_000;

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'scroll'] as const;

/** Starts the idle timer; `reset` runs when nobody touched the device for `idleMs`. Returns a stop function. */
export function watchIdle(reset: () => void, idleMs = KIOSK_IDLE_MS): () => void {
  let timer = setTimeout(reset, idleMs);
  const touched = () => {
    clearTimeout(timer);
    timer = setTimeout(reset, idleMs);
  };
  for (const e of ACTIVITY) window.addEventListener(e, touched, { passive: true });
  return () => {
    clearTimeout(timer);
    for (const e of ACTIVITY) window.removeEventListener(e, touched);
  };
}

/** Sends what is not saved yet, then loads the code page afresh: the page's memory (token, answers, device key) is gone. */
export async function resetKiosk(send: () => Promise<void>, base: string): Promise<void> {
  try {
    await send();
  } finally {
    location.replace(`${base}kiosk`);
  }
}
