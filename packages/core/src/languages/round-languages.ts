import type { AnyTheme } from '@spejl/plugin-sdk';
import { currentTenant, type TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import { codedError, type InputIssue } from '../errors/spejl-error.ts';
import { canonicalTag, languageName, textDirection } from './language-tag.ts';
import { entryIssues, type TranslationEntry } from './translation-rules.ts';
import { themeBuiltIn, translationSource, type SourceText, type TranslatableRound } from './translation-source.ts';

/** Languages a round can have besides Danish and English: enough for any organisation's staff. */
export const MAX_ROUND_LANGUAGES = 12;
/** The languages every round has: Danish (the source) and English (Spejl's own second language). */
export const BUILT_IN_LANGUAGES = ['da', 'en'] as const;

/** Who changes a round's translations, and how, for the audit log. */
export interface TranslationActor {
  readonly userId: string | null;
  readonly via: 'console' | 'csv' | 'xliff';
}

/** A language added to a round, as the console lists it. */
export interface RoundLanguage {
  readonly tag: string;
  /** Its name in Danish and in itself. */
  readonly name: { readonly da: string; readonly own: string };
  readonly dir: 'ltr' | 'rtl';
  readonly translated: number;
  readonly missing: number;
  readonly updatedAt: Date;
}

/** One row of the side-by-side editor: the source, and the translation if any. */
export interface TranslationRow extends SourceText {
  /** The admin's translation, or the theme's own text in the language, or null (Danish shows, marked). */
  readonly text: string | null;
}

interface RoundRow extends TranslatableRound { id: string; name: string; status: string }

/** The round with what it is translated from; a round of another tenant is not found (RLS and the predicate both say so). */
export async function translatableRound(tx: TenantTx, roundId: string): Promise<RoundRow> {
  const round = await tx.selectFrom('rounds').select(['id', 'name', 'status', 'texts', 'themes'])
    .where('tenant_id', '=', currentTenant(tx)).where('id', '=', roundId).executeTakeFirst();
  if (!round) throw codedError('NOT_FOUND', 'round.notFound', {});
  return { id: round.id, name: round.name, status: round.status, texts: round.texts, themes: round.themes as unknown as AnyTheme[] };
}

/** The translations a round has in one language, by key (empty when it has none). */
export async function storedTranslations(tx: TenantTx, roundId: string, locale: string): Promise<Record<string, string> | null> {
  const row = await tx.selectFrom('round_languages').select('texts')
    .where('tenant_id', '=', currentTenant(tx)).where('round_id', '=', roundId).where('locale', '=', locale).executeTakeFirst();
  return row ? row.texts : null;
}

/** The languages a round added, with how far each is translated. */
export async function listRoundLanguages(tx: TenantTx, roundId: string): Promise<RoundLanguage[]> {
  const round = await translatableRound(tx, roundId);
  const source = translationSource(round);
  const rows = await tx.selectFrom('round_languages').select(['locale', 'texts', 'updated_at'])
    .where('tenant_id', '=', currentTenant(tx)).where('round_id', '=', roundId).orderBy('created_at').execute();
  return rows.map((row) => {
    const own = { ...themeBuiltIn(round, row.locale), ...row.texts };
    const translated = source.filter((s) => own[s.key]).length;
    return {
      tag: row.locale, name: { da: languageName(row.locale, 'da'), own: languageName(row.locale, row.locale) }, dir: textDirection(row.locale),
      translated, missing: source.length - translated, updatedAt: row.updated_at,
    };
  });
}

function tagOf(tag: string): string {
  const canonical = canonicalTag(tag.trim());
  if (!canonical) throw codedError('BAD_INPUT', 'languages.badTag', { tag: tag.slice(0, 40) });
  return canonical;
}

/** Adds a language to a round, untranslated (every text shows in Danish, marked, until translated); audited. */
export async function addRoundLanguage(tx: TenantTx, tenantId: string, roundId: string, tag: string, actor: TranslationActor): Promise<{ tag: string }> {
  const locale = tagOf(tag);
  if (locale === 'da') throw codedError('BAD_INPUT', 'languages.danishIsSource', {});
  await translatableRound(tx, roundId); // another tenant's round, or none: not found
  const existing = await tx.selectFrom('round_languages').select('locale').where('tenant_id', '=', tenantId).where('round_id', '=', roundId).forUpdate().execute();
  if (locale === 'en' || existing.some((l) => l.locale === locale)) throw codedError('CONFLICT', 'languages.exists', { language: languageName(locale, 'da') });
  if (existing.length >= MAX_ROUND_LANGUAGES) throw codedError('CONFLICT', 'languages.tooMany', { limit: MAX_ROUND_LANGUAGES });
  await tx.insertInto('round_languages').values({ tenant_id: tenantId, round_id: roundId, locale, texts: '{}' }).execute();
  await recordAudit(tx, { tenantId, actorUserId: actor.userId, action: 'languages.add', target: roundId, details: { locale } });
  return { tag: locale };
}

/**
 * Removes a language from a draft round. Once launched, respondents may read it and their links
 * carry it: a language then stays (its translations may still be corrected).
 */
export async function removeRoundLanguage(tx: TenantTx, tenantId: string, roundId: string, tag: string, actor: TranslationActor): Promise<void> {
  const locale = tagOf(tag);
  const round = await translatableRound(tx, roundId);
  if (round.status !== 'draft') throw codedError('CONFLICT', 'round.settingsFrozen', { status: round.status });
  const gone = await tx.deleteFrom('round_languages').where('tenant_id', '=', tenantId).where('round_id', '=', roundId).where('locale', '=', locale).executeTakeFirst();
  if (Number(gone.numDeletedRows) === 0) throw codedError('NOT_FOUND', 'languages.notAdded', { language: languageName(locale, 'da') });
  await recordAudit(tx, { tenantId, actorUserId: actor.userId, action: 'languages.remove', target: roundId, details: { locale } });
}

/** The side-by-side editor's rows for one language: every source text with its translation, if any. */
export async function translationTable(tx: TenantTx, roundId: string, tag: string): Promise<{ round: { id: string; name: string; status: string }; language: RoundLanguage; rows: TranslationRow[] }> {
  const locale = tagOf(tag);
  const round = await translatableRound(tx, roundId);
  const language = (await listRoundLanguages(tx, roundId)).find((l) => l.tag === locale);
  if (!language) throw codedError('NOT_FOUND', 'languages.notAdded', { language: languageName(locale, 'da') });
  const own = { ...themeBuiltIn(round, locale), ...(await storedTranslations(tx, roundId, locale)) };
  const rows = translationSource(round).map((s) => ({ ...s, text: own[s.key] ?? null }));
  return { round: { id: round.id, name: round.name, status: round.status }, language, rows };
}

/**
 * Saves translations into a language of a round, all or nothing: one bad entry refuses them all
 * with every problem listed. An empty text removes a translation. Allowed while the round runs, so
 * a translation can be corrected, and audited with the keys changed (the items' meaning is the
 * Danish source, pinned at launch); an archived round's translations read by no one may still be completed.
 */
export async function saveTranslations(
  tx: TenantTx, tenantId: string, roundId: string, tag: string, entries: readonly TranslationEntry[], actor: TranslationActor,
): Promise<{ saved: number; removed: number }> {
  const locale = tagOf(tag);
  const round = await translatableRound(tx, roundId);
  const row = await tx.selectFrom('round_languages').select('texts')
    .where('tenant_id', '=', tenantId).where('round_id', '=', roundId).where('locale', '=', locale).forUpdate().executeTakeFirst();
  if (!row) throw codedError('NOT_FOUND', 'languages.notAdded', { language: languageName(locale, 'da') });
  const source = new Map(translationSource(round).map((s) => [s.key, s]));
  const issues: InputIssue[] = entries.flatMap((e) => entryIssues(e, source));
  if (issues.length) throw codedError('BAD_INPUT', 'languages.fileRefused', { count: issues.length }, issues.slice(0, 100));
  const texts = { ...row.texts };
  const changed: string[] = [];
  let removed = 0;
  for (const { key, text } of entries) {
    if ((texts[key] ?? '') === text) continue;
    changed.push(key);
    if (text === '') {
      delete texts[key];
      removed++;
    } else texts[key] = text;
  }
  // A save that changes nothing is still said in the audit log: a file was imported into the round.
  if (changed.length) {
    await tx.updateTable('round_languages').set({ texts: JSON.stringify(texts), updated_at: new Date() })
      .where('tenant_id', '=', tenantId).where('round_id', '=', roundId).where('locale', '=', locale).execute();
  }
  await recordAudit(tx, {
    tenantId, actorUserId: actor.userId, action: 'languages.translate', target: roundId,
    details: { locale, via: actor.via, changed: changed.length, keys: changed.slice(0, 50), duringRound: round.status !== 'draft' },
  });
  return { saved: changed.length - removed, removed };
}
