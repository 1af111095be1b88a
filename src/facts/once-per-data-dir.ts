/**
 * Language resources are read-only and the same for every article: each is read once per data folder and
 * shared by every engine of the process (a hundred articles do not hold a hundred copies of WordNet).
 */
export function oncePerDataDir<T>(read: (dataDir: string) => T): (dataDir: string) => T {
  const cache = new Map<string, T>();
  return (dataDir) => {
    let value = cache.get(dataDir);
    if (value === undefined) {
      value = read(dataDir);
      cache.set(dataDir, value);
    }
    return value;
  };
}
