import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

/** Texts in Spejl's locales as stored (Danish required by the services, English optional). */
export type StoredTexts = Partial<Record<'da' | 'en', string>>;

/** One faggruppe's area-specific example, as the tenant wrote it. */
export interface FaggruppeExampleRow {
  faggruppe: string;
  example: StoredTexts;
}

/** A local question as stored: the same shape as a theme item. */
export interface StoredLocalItem {
  id: string;
  label: StoredTexts;
  text: Partial<Record<'employee' | 'self' | 'superior', StoredTexts>>;
}

/** A tenant's choice of themes, its framing, and its own local questions. */
export interface ThemeTables {
  /** Per tenant and theme, whether rounds may use it; no row means the platform default (on). */
  tenant_themes: {
    tenant_id: string;
    theme_id: string;
    enabled: boolean;
    updated_at: Generated<Date>;
    updated_by: string | null;
  };
  /** One row per tenant: the default example and the examples per faggruppe. */
  tenant_framing: {
    tenant_id: string;
    default_example: Json<StoredTexts | null>;
    faggruppe_examples: Json<FaggruppeExampleRow[]>;
    updated_at: Generated<Date>;
  };
  /** One row per tenant: its local questions, edited as a whole; revision counts saves. */
  local_questions: {
    tenant_id: string;
    revision: number;
    intro: Json<Partial<Record<'employee' | 'self' | 'superior', StoredTexts>> | null>;
    items: Json<StoredLocalItem[]>;
    /** Local open questions, shaped as items are (migration 0026). */
    questions: ColumnType<StoredLocalItem[], string | undefined, string>;
    updated_at: Generated<Date>;
    updated_by: string | null;
  };
}
