import type { Translate } from '../../api/errors.ts';
import type { TableReading } from './people-api.ts';

/** A separator as a person reads it in a sentence: the sign itself, or the word for a tab. */
export function delimiterName(delimiter: string | undefined, t: Translate): string {
  return delimiter === '\t' ? t('people.import.readAs.tab') : `${delimiter ?? ''}`;
}

/** What the offered reading does, as the label of its button: "Læs filen med | som skilletegn". */
export function readingOffer(reading: TableReading, t: Translate): string {
  const delimiter = delimiterName(reading.delimiter, t);
  return t(reading.unquoteLines ? 'people.import.readAs.unquote' : 'people.import.readAs.delimiter', { delimiter });
}

/** How a file was read, when the admin chose: "Læst med | som skilletegn." Null when Spejl guessed. */
export function readingUsed(reading: TableReading, t: Translate): string | null {
  if (!reading.delimiter && !reading.unquoteLines) return null;
  return t(reading.unquoteLines ? 'people.import.readAs.usedUnquoted' : 'people.import.readAs.used', { delimiter: delimiterName(reading.delimiter, t) });
}

/** A share as a percentage in the reader's language, one decimal at most: "36,1 %" / "36.1%". */
export function sharePercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'da-DK', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
