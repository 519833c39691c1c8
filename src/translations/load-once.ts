/**
 * One download per locale, however many elements ask: the pending load is shared, and a load that
 * fails answers `fallback` and is forgotten, so the next request tries again (an offline moment must
 * not leave a page in English for good).
 */
export function loadOnce<K, T>(load: (key: K) => Promise<T>, fallback: T): (key: K) => Promise<T> {
  const loaded = new Map<K, Promise<T>>();
  return (key) => {
    let pending = loaded.get(key);
    if (!pending) {
      pending = load(key).catch(() => {
        loaded.delete(key);
        return fallback;
      });
      loaded.set(key, pending);
    }
    return pending;
  };
}
