function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function withoutLeadingZeros(s: string): string {
  let i = 0;
  while (i < s.length - 1 && s.charCodeAt(i) === 48) i++;
  return i === 0 ? s : s.slice(i);
}

/**
 * Orders person ids the way people expect to read them: all-digit ids by number
 * ("999" before "1001"), otherwise by UTF-16 code units, so the order never depends on a locale.
 */
export function comparePersonIds(a: string, b: string): number {
  const digitsA = isDigits(a);
  const digitsB = isDigits(b);
  if (digitsA && digitsB) {
    const x = withoutLeadingZeros(a);
    const y = withoutLeadingZeros(b);
    if (x.length !== y.length) return x.length - y.length;
    if (x !== y) return x < y ? -1 : 1;
  }
  if (digitsA !== digitsB) return digitsA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
