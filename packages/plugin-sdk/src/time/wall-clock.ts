import { DEFAULT_TIME_ZONE } from './time-zone.ts';

/** A time as a clock on the wall in a zone shows it: "2026-05-31T16:00" (what a datetime-local input holds). */
export type WallClock = string;

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

// One formatter per zone, kept: building one costs far more than using it.
const partFormats = new Map<string, Intl.DateTimeFormat>();
const partFormat = (timeZone: string) => partFormats.get(timeZone)
  ?? partFormats.set(timeZone, new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })).get(timeZone)!;

function partsIn(instant: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const format = partFormat(timeZone);
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** How far the zone's clocks are ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The wall clock in `timeZone` at a moment, to the minute: "2026-03-29T03:30". */
export function wallClockOf(value: Date | string, timeZone: string = DEFAULT_TIME_ZONE): WallClock {
  const p = partsIn(new Date(value).getTime(), timeZone);
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** The calendar day in `timeZone` at a moment: "2026-03-29" (a round closing at 00:30 Danish time closes on that Danish day). */
export function calendarDayOf(value: Date | string, timeZone: string = DEFAULT_TIME_ZONE): string {
  return wallClockOf(value, timeZone).slice(0, 10);
}

/**
 * The moment a wall clock in `timeZone` shows ("2026-05-31" is midnight there), or undefined for
 * text that is no such time. A time skipped when clocks go forward is read with the offset before
 * the change (02:30 on the Danish spring morning is 03:30 summer time); a repeated one as its first.
 */
export function instantOfWallClock(wall: string, timeZone: string = DEFAULT_TIME_ZONE): Date | undefined {
  const m = WALL_CLOCK.exec(wall.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((s) => Number(s ?? 0)) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return undefined;
  // The offset is that of the instant itself: guess with the offset a day earlier, then correct once.
  const before = offsetAt(asUtc - 86_400_000, timeZone);
  const first = asUtc - before;
  const corrected = asUtc - offsetAt(first, timeZone);
  return new Date(offsetAt(corrected, timeZone) === asUtc - corrected ? corrected : first);
}

/**
 * A moment as a spreadsheet reads a date and time in any language: "2026-12-07 01:40" on the
 * zone's clock. Danish Excel takes "7. dec. 2026, 01.40" for text; this it sorts and sums as a
 * date-time. A zone this engine does not know falls back as formatInstant does (the default
 * zone, then UTC), so an export never fails over a clock.
 */
export function spreadsheetDateTime(value: Date | string, timeZone: string = DEFAULT_TIME_ZONE): string {
  for (const zone of new Set([timeZone, DEFAULT_TIME_ZONE, 'UTC'])) {
    try {
      return wallClockOf(value, zone).replace('T', ' ');
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  throw new RangeError(`no time zone to write in: ${timeZone}`);
}
