import { asCurrentActor } from '@/lib/server/act';
import { respond } from '@/lib/server/http';
import { me } from '@/lib/server/users';

export const dynamic = 'force-dynamic';

/** GET /api/me → {email, name, role} of the signed-in user; 401 when signed out. */
export async function GET(): Promise<Response> {
  return respond(await asCurrentActor((actor) => me(actor)));
}
