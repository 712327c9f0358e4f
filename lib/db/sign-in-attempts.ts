import { sql } from './sql';

/** Records one sign-in attempt. */
export async function recordAttempt(row: { email: string; address: string; succeeded: boolean }): Promise<void> {
  await sql`insert into sign_in_attempts (email, address, succeeded) values (${row.email}, ${row.address}, ${row.succeeded})`;
}

/**
 * Failed attempts in the last `windowSeconds` for an account and for an address, and the time the
 * oldest of each window's failures leaves it (for Retry-After).
 */
export async function recentFailures(email: string, address: string, windowSeconds: number): Promise<{ email: number; address: number; emailOldest: Date | null; addressOldest: Date | null }> {
  const [row] = await sql<{ email: number; address: number; emailOldest: Date | null; addressOldest: Date | null }[]>`
    select
      count(*) filter (where email = ${email})::int as email,
      count(*) filter (where address = ${address})::int as address,
      min(at) filter (where email = ${email}) as "emailOldest",
      min(at) filter (where address = ${address}) as "addressOldest"
    from sign_in_attempts
    where not succeeded and at > now() - make_interval(secs => ${windowSeconds}) and (email = ${email} or address = ${address})`;
  return row!;
}

/** Forgets attempts older than a day. */
export async function pruneAttempts(): Promise<void> {
  await sql`delete from sign_in_attempts where at < now() - interval '1 day'`;
}
