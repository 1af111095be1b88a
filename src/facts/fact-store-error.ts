/** Thrown when `data/` does not match the schema, cites text the article does not contain, or links a missing id. */
export class FactStoreError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The fact store in data/ is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'FactStoreError';
  }
}

export const isFactStoreError = (error: unknown): error is FactStoreError => error instanceof FactStoreError;
