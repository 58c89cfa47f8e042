// Times as the organisation reads them: in its time zone, whatever the reader's machine says.
// No imports beyond Intl, so the respondent app can take it without the rest of the SDK.
export { DEFAULT_TIME_ZONE, canonicalTimeZone, isTimeZone, knownTimeZones } from './time-zone.ts';
export { formatInstant, type InstantFormat, type InstantStyle } from './zoned-format.ts';
export { wallClockOf, calendarDayOf, instantOfWallClock, spreadsheetDateTime, type WallClock } from './wall-clock.ts';
export { addMonths } from './calendar-months.ts';
