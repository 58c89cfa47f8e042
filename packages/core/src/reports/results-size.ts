/*
 * A rough count of the bytes a value keeps alive, for bounding a cache by memory: typed arrays by
 * their buffers, strings by their length, containers by their entries plus V8's usual overheads.
 * Not exact (V8 shares strings and packs small integers), but it grows as the data does, which
 * is what a bound needs; each object is counted once however often it is referenced.
 */

const OBJECT = 32;
const SLOT = 8;
const MAP_ENTRY = 40;

function stringBytes(value: string): number {
  return 16 + value.length * 2;
}

/** Adds the bytes of one object itself; returns the values it holds, to be counted in turn. */
function ownBytes(value: object, seen: WeakSet<object>): { bytes: number; children: Iterable<unknown> } {
  if (ArrayBuffer.isView(value)) {
    const buffer = value.buffer;
    const counted = seen.has(buffer);
    seen.add(buffer);
    return { bytes: OBJECT + (counted ? 0 : buffer.byteLength), children: [] };
  }
  if (Array.isArray(value)) return { bytes: OBJECT + value.length * SLOT, children: value };
  if (value instanceof Map) return { bytes: OBJECT + value.size * MAP_ENTRY, children: [...value.keys(), ...value.values()] };
  if (value instanceof Set) return { bytes: OBJECT + value.size * MAP_ENTRY, children: value };
  if (value instanceof Date) return { bytes: OBJECT, children: [] };
  const values = Object.values(value);
  return { bytes: OBJECT + values.length * SLOT, children: values };
}

/** Estimated bytes of `root` and everything it references. */
export function estimateBytes(root: unknown): number {
  const seen = new WeakSet<object>();
  const stack: unknown[] = [root];
  let bytes = 0;
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') bytes += stringBytes(value);
    else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') bytes += SLOT;
    else if (typeof value === 'object' && value !== null && !seen.has(value)) {
      seen.add(value);
      const own = ownBytes(value, seen);
      bytes += own.bytes;
      for (const child of own.children) stack.push(child);
    }
  }
  return bytes;
}
