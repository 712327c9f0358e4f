import { sql } from './sql';

/** A user row: id and role (the role a string as stored; lib/server narrows it). */
export async function findUser(id: string): Promise<{ id: string; role: string } | null> {
  const [row] = await sql<{ id: string; role: string }[]>`select id, role from users where id = ${id}`;
  return row ?? null;
}
