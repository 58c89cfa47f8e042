import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { calendarDayOf, canonicalTimeZone, DEFAULT_TIME_ZONE, formatInstant, instantOfWallClock, isTimeZone, knownTimeZones, spreadsheetDateTime, wallClockOf } from '../src/time/index.ts';

// The two nights Denmark changes its clocks in 2026: 01:00 UTC on 29 March and on 25 October.
const SPRING = '2026-03-29T01:30:00Z';
const AUTUMN = '2026-10-25T01:30:00Z';
const BEFORE_SPRING = '2026-03-29T00:30:00Z';
const BEFORE_AUTUMN = '2026-10-25T00:30:00Z';

describe('a moment said in the organisation\'s time zone', () => {
  it('is Copenhagen time by default, whatever zone the machine is in', () => {
    expect(DEFAULT_TIME_ZONE).toBe('Europe/Copenhagen');
    expect(formatInstant(SPRING, { locale: 'da' })).toBe(formatInstant(SPRING, { locale: 'da', timeZone: 'Europe/Copenhagen' }));
  });

  it('follows summer time across the spring night, in Danish and English', () => {
    expect(formatInstant(BEFORE_SPRING, { locale: 'da', style: 'longDateTime' })).toBe('29. marts 2026 kl. 01.30');
    expect(formatInstant(SPRING, { locale: 'da', style: 'longDateTime' })).toBe('29. marts 2026 kl. 03.30');
    expect(formatInstant(SPRING, { locale: 'en', style: 'longDateTime' })).toBe('29 March 2026 at 03:30');
    expect(formatInstant(SPRING, { locale: 'da', style: 'dateTime' })).toBe('29. mar. 2026, 03.30');
    expect(formatInstant(SPRING, { locale: 'en', style: 'dateTime' })).toBe('29 Mar 2026, 03:30');
  });

  it('follows winter time across the autumn night, in Danish and English', () => {
    expect(formatInstant(BEFORE_AUTUMN, { locale: 'da', style: 'longDateTime' })).toBe('25. oktober 2026 kl. 02.30');
    expect(formatInstant(AUTUMN, { locale: 'da', style: 'longDateTime' })).toBe('25. oktober 2026 kl. 02.30');
    expect(formatInstant(AUTUMN, { locale: 'en', style: 'longDateTime' })).toBe('25 October 2026 at 02:30');
    expect(formatInstant(AUTUMN, { locale: 'en', style: 'date' })).toBe('25 Oct 2026');
  });

  it('says another zone\'s time when the organisation chose it, and the day there', () => {
    expect(formatInstant(SPRING, { locale: 'en', timeZone: 'America/New_York', style: 'longDateTime' })).toBe('28 March 2026 at 21:30');
    expect(formatInstant(SPRING, { locale: 'da', timeZone: 'UTC', style: 'dateTime' })).toBe('29. mar. 2026, 01.30');
    expect(calendarDayOf('2026-05-31T22:30:00Z')).toBe('2026-06-01');
    expect(calendarDayOf('2026-05-31T22:30:00Z', 'UTC')).toBe('2026-05-31');
  });

  it("falls back to Copenhagen time, and says so, when the engine does not know the organisation's zone", () => {
    // A zone the server knew and this browser's Intl does not (a new or renamed one) must not break the page.
    expect(formatInstant(SPRING, { locale: 'da', timeZone: 'America/Not_Yet_Known', style: 'longDateTime' })).toBe('29. marts 2026 kl. 03.30 (Europe/Copenhagen)');
    expect(formatInstant(SPRING, { locale: 'en', timeZone: 'America/Not_Yet_Known', style: 'date' })).toBe('29 Mar 2026 (Europe/Copenhagen)');
  });

  it('falls back to UTC, saying so, on an engine that knows not even Copenhagen', () => {
    const RealFormat = Intl.DateTimeFormat;
    const blind = function (tag?: string | string[], options?: Intl.DateTimeFormatOptions) {
      if (options?.timeZone === 'Europe/Copenhagen') throw new RangeError('Invalid time zone specified: Europe/Copenhagen');
      return new RealFormat(tag, options);
    } as unknown as typeof Intl.DateTimeFormat;
    vi.stubGlobal('Intl', { ...Intl, DateTimeFormat: blind });
    try {
      expect(formatInstant(SPRING, { locale: 'da', timeZone: 'Europe/Copenhagen', style: 'dateTime' })).toBe('29. mar. 2026, 01.30 (UTC)');
      expect(formatInstant(SPRING, { locale: 'en', timeZone: 'America/New_York', style: 'dateTime' })).toBe('28 Mar 2026, 21:30');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('speaks Danish for a language it does not know', () => {
    expect(formatInstant(SPRING, { locale: 'fr', style: 'longDate' })).toBe('29. marts 2026');
  });
});

describe('time zone names', () => {
  it('knows IANA names, in any case, and gives them back canonical', () => {
    expect(canonicalTimeZone('europe/copenhagen')).toBe('Europe/Copenhagen');
    expect(canonicalTimeZone(' UTC ')).toBe('UTC');
    expect(isTimeZone('America/New_York')).toBe(true);
  });

  it('refuses what is not a zone: a city alone, an offset, a typo, nothing', () => {
    for (const name of ['Copenhagen', '+01:00', 'Europe/Kobenhavn', '', 'Europe/Copenhagen; drop table', 'Mars/Olympus_Mons']) {
      expect(isTimeZone(name), name).toBe(false);
    }
  });

  it('lists every zone for a picker, UTC first and Copenhagen among them', () => {
    const zones = knownTimeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain(DEFAULT_TIME_ZONE);
    expect(zones.every(isTimeZone)).toBe(true);
  });
});

describe('wall clocks (what a date-and-time field holds)', () => {
  it('reads the organisation\'s clock, not the machine\'s', () => {
    expect(wallClockOf(SPRING)).toBe('2026-03-29T03:30');
    expect(wallClockOf(AUTUMN)).toBe('2026-10-25T02:30');
    expect(instantOfWallClock('2026-05-31T16:00')?.toISOString()).toBe('2026-05-31T14:00:00.000Z');
    expect(instantOfWallClock('2026-12-24T16:00')?.toISOString()).toBe('2026-12-24T15:00:00.000Z');
    expect(instantOfWallClock('2026-05-31')?.toISOString()).toBe('2026-05-30T22:00:00.000Z');
    expect(instantOfWallClock('2026-05-31T16:00', 'America/New_York')?.toISOString()).toBe('2026-05-31T20:00:00.000Z');
  });

  it('reads a time the spring night skips with the winter offset, and the autumn night\'s repeated hour as its first', () => {
    expect(instantOfWallClock('2026-03-29T02:30')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(instantOfWallClock('2026-03-29T03:30')?.toISOString()).toBe(new Date(SPRING).toISOString());
    expect(instantOfWallClock('2026-10-25T02:30')?.toISOString()).toBe(new Date(BEFORE_AUTUMN).toISOString());
    expect(instantOfWallClock('2026-10-25T03:30')?.toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });

  it('refuses text that is no time', () => {
    for (const text of ['', '31-05-2026', '2026-02-30T10:00', '2026-05-31T24:00', 'i morgen']) expect(instantOfWallClock(text), text).toBeUndefined();
  });

  it('gives back the moment it was given, to the minute, in any zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2060, 0, 1) / 60_000 }), fc.constantFrom('Europe/Copenhagen', 'America/New_York', 'Australia/Lord_Howe', 'UTC', 'Asia/Kathmandu'), (minute, zone) => {
        const instant = new Date(minute * 60_000);
        const back = instantOfWallClock(wallClockOf(instant, zone), zone)!;
        // Only the hour the autumn night repeats reads back as its first occurrence.
        expect(wallClockOf(back, zone)).toBe(wallClockOf(instant, zone));
      }),
    );
  });
});

describe('date-times for spreadsheets', () => {
  it('writes the zone\'s clock as Excel reads a date-time: "2026-12-07 01:40"', () => {
    expect(spreadsheetDateTime('2026-12-07T00:40:00Z', 'Europe/Copenhagen')).toBe('2026-12-07 01:40');
    expect(spreadsheetDateTime(new Date('2026-07-01T22:05:00Z'), 'Europe/Copenhagen')).toBe('2026-07-02 00:05');
    expect(spreadsheetDateTime('2026-07-01T22:05:00Z', 'America/New_York')).toBe('2026-07-01 18:05');
  });

  it('falls back to the default zone for one this engine does not know, instead of failing the export', () => {
    expect(spreadsheetDateTime('2026-12-07T00:40:00Z', 'Mars/Olympus_Mons')).toBe('2026-12-07 01:40');
  });
});
