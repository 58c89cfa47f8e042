/**
 * Orders person ids the way people expect to read them: all-digit ids by number
 * ("999" before "1001"), otherwise by UTF-16 code units, so the order never depends on a locale.
 */
export function comparePersonIds(a: string, b: string): number {
  const digitsA = /^\d+$/.test(a);
  const digitsB = /^\d+$/.test(b);
  if (digitsA && digitsB) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    if (x.length !== y.length) return x.length - y.length;
    if (x !== y) return x < y ? -1 : 1;
  }
  if (digitsA !== digitsB) return digitsA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
