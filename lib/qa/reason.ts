/** The longest reason an editor may give for accepting a finding or overriding the gate. */
export const MAX_REASON = 2000;

/** A reason an editor typed, trimmed; throws `<code>-required` / `<code>-too-long` {max}. */
export function cleanReason(reason: string | null | undefined, code: 'qa-reason' | 'publish-override' = 'qa-reason'): string {
  const r = (reason ?? '').trim();
  if (!r) throw new ReasonError(`${code}-required`);
  if (r.length > MAX_REASON) throw new ReasonError(`${code}-too-long`, { max: MAX_REASON });
  return r;
}

/** A reason that cannot be recorded: a code and its parameters. */
export class ReasonError extends Error {
  constructor(
    readonly code: 'qa-reason-required' | 'qa-reason-too-long' | 'publish-override-required' | 'publish-override-too-long',
    readonly params: Record<string, number> = {},
  ) {
    super(code);
    this.name = 'ReasonError';
  }
}
