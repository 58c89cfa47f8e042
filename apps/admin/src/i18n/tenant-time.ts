import { DEFAULT_TIME_ZONE, instantOfWallClock, spreadsheetDateTime, wallClockOf } from '@spejl/plugin-sdk/render';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useCurrentTenant } from '../api/current-tenant.ts';
import { formatDate, formatDateTime } from './format.ts';

/**
 * The current tenant's clock in the reader's language. Every date and time the console shows of
 * a tenant goes through here, so an admin abroad (or a browser set to another zone) sees what the
 * tenant's mail and survey say: the tenant's zone, never the browser's.
 */
export function useTenantTime() {
  const { locale } = useI18n();
  const tenant = useCurrentTenant();
  const timeZone = computed(() => tenant.data.value?.timeZone ?? DEFAULT_TIME_ZONE);
  return {
    timeZone,
    /** "3. feb. 2026" on the tenant's calendar. */
    date: (value: Date | string) => formatDate(value, locale.value, timeZone.value),
    /** "3. feb. 2026 14.05" on the tenant's clocks. */
    dateTime: (value: Date | string) => formatDateTime(value, locale.value, timeZone.value),
    /** A moment as Excel reads a date-time, for CSV files: "2026-02-03 14:05" on the tenant's clocks. */
    spreadsheet: (value: Date | string) => spreadsheetDateTime(value, timeZone.value),
    /** What a date-and-time field shows for a moment: the tenant's wall clock ("2026-05-01T09:00"). */
    toField: (value: Date | string) => wallClockOf(value, timeZone.value),
    /** The moment a date-and-time field means on the tenant's clocks; an invalid Date (which the server refuses, coded) for a broken value. */
    fromField: (value: string) => instantOfWallClock(value, timeZone.value) ?? new Date(Number.NaN),
  };
}
