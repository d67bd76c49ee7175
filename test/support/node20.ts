/**
 * Vitest 5 targets Node 22; on Node 20 (this machine and CI) its reporter calls
 * Map.groupBy when printing failures. This fills that one gap in the main process.
 */
const mapCtor = Map as unknown as { groupBy?: <K, T>(items: Iterable<T>, key: (item: T, i: number) => K) => Map<K, T[]> };
if (typeof mapCtor.groupBy !== 'function') {
  mapCtor.groupBy = <K, T>(items: Iterable<T>, key: (item: T, i: number) => K) => {
    const out = new Map<K, T[]>();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
    return out;
  };
}
export {};
