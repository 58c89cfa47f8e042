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
  /** Which tenant a printed letter's code belongs to, by the code's keyed hash (migration 0040); global, read before a tenant is known. */
  letter_code_routes: {
    code_hash: string;
    tenant: string;
    created_at: ColumnType<Date, Date | string | undefined, never>;
  };
}
