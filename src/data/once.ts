/**
 * A loader that runs on its first call and hands every later call the same promise, so each kind of content is
 * read and checked once per build however many pages ask for it.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
