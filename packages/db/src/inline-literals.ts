import pg from 'pg';

/*
 * A statement's $n parameters as SQL literals, for messages of several statements (the simple
 * protocol carries no parameters). Every value goes in quoted, as pg sends parameters (text of no
 * declared type), so PostgreSQL resolves its type from where it stands exactly as it does a
 * parameter's. Only what is certainly the same statement is inlined.
 */

function literal(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return pg.escapeLiteral(value);
  if (typeof value === 'boolean') return value ? "'true'" : "'false'";
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint') return `'${value}'`;
  return undefined;
}

/** The end of the quoted run starting at `start` (a ' or "), doubled quotes included; -1 if it never ends. */
function quotedEnd(text: string, start: number): number {
  const quote = text[start]!;
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== quote) continue;
    if (text[i + 1] === quote) i++;
    else return i;
  }
  return -1;
}

/** Every parameter as a literal, or undefined when one is of a type not inlined (dates, buffers, arrays, objects). */
export function inlinedParameters(parameters: readonly unknown[]): string[] | undefined {
  const literals = parameters.map(literal);
  return literals.every((l) => l !== undefined) ? literals : undefined;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

/**
 * `text` with its $n parameters as literals, or undefined when that is not certainly the same
 * statement: a parameter of another type, comments, dollar quoting or escape strings (E'…').
 */
export function inlinedStatement(text: string, parameters: readonly unknown[]): string | undefined {
  const literals = inlinedParameters(parameters);
  if (!literals) return undefined;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      if (c === "'" && /[eE]/.test(text[i - 1] ?? '') && !isWordChar(text[i - 2])) return undefined;
      const end = quotedEnd(text, i);
      if (end < 0) return undefined;
      i = end;
    } else if ((c === '-' && text[i + 1] === '-') || (c === '/' && text[i + 1] === '*')) {
      return undefined;
    } else if (c === '$') {
      const digits = /^\d+/.exec(text.slice(i + 1))?.[0];
      if (!digits || isWordChar(text[i - 1])) return undefined;
      const value = literals[Number(digits) - 1];
      if (value === undefined) return undefined;
      out += text.slice(from, i) + value;
      i += digits.length;
      from = i + 1;
    }
  }
  return out + text.slice(from);
}
