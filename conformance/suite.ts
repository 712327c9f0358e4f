/** A third-party conformance suite: a folder under the data directory and a check per file. */
export interface Suite {
  /** Short id printed at the start of its line ("xliff-core-valid"). */
  id: string;
  /** The folder it reads, relative to the data directory. */
  folder: string;
  /** Checks every file of the folder; each check passes or fails with a reason. */
  run(folder: string): Check[];
}

export interface Check {
  /** The file (or aspect) checked. */
  name: string;
  /** Null when it passed; else why not. */
  failure: string | null;
}

/** Runs one check, turning an exception into its failure. */
export function check(name: string, fn: () => string | null | void): Check {
  try {
    return { name, failure: fn() ?? null };
  } catch (err) {
    const e = err as { code?: string; params?: unknown; message?: string };
    return { name, failure: e.code ? `${e.code} ${JSON.stringify(e.params ?? {})}` : String(e.message ?? err) };
  }
}

/** The failure text when `actual` differs from `expected` (compared as JSON), else null. */
export function differs(what: string, actual: unknown, expected: unknown): string | null {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  return a === b ? null : `${what}: got ${a}, expected ${b}`;
}
