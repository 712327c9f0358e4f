import { request, type FullConfig } from '@playwright/test';
import { E2E_USERS, storageStatePath, type E2eRole } from './users';

/** Signs in once per role through POST /api/session and keeps each browser state (the admin's is the default). */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]!.use.baseURL!;
  for (const role of Object.keys(E2E_USERS) as E2eRole[]) {
    const ctx = await request.newContext({ baseURL });
    const { email, password } = E2E_USERS[role];
    const res = await ctx.post('/api/session', { data: { email, password } });
    if (res.status() !== 200) throw new Error(`the ${role} of the browser tests could not sign in: ${res.status()} ${await res.text()}`);
    await ctx.storageState({ path: storageStatePath(role) });
    await ctx.dispose();
  }
}
