import { useEffect, useState } from 'preact/hooks';

export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

/** Runs an API call whenever its inputs change and keeps only the newest answer. */
export function useLoad<T>(fetcher: () => Promise<T>, inputs: unknown[]): Load<T> {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    fetcher().then(
      (value) => current && setLoad({ state: 'ready', value }),
      (error) => current && setLoad({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, inputs);
  return load;
}
