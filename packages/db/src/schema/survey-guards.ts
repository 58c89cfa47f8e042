import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** Global tables that guard the respondents' API. */
export interface SurveyGuardTables {
  /** Wrong survey links per client address group in the current window (migration 0011); keyed by a sha256 hash. */
  survey_link_guesses: {
    client: string;
    guesses: number;
    window_started: Timestamp;
  };
}
