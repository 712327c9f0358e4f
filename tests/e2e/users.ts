// The accounts of the browser tests: scripts/e2e.mjs creates them in the throwaway database.
export type E2eRole = 'admin' | 'editor' | 'translator' | 'viewer';

export const E2E_USERS: Record<E2eRole, { email: string; password: string; name: string }> = {
  admin: { email: 'admin@e2e.test', password: 'admin-e2e-password', name: 'Admin' },
  editor: { email: 'editor@e2e.test', password: 'editor-e2e-password', name: 'Layla Editor' },
  translator: { email: 'translator@e2e.test', password: 'translator-e2e-password', name: 'Reza Translator' },
  viewer: { email: 'viewer@e2e.test', password: 'viewer-e2e-password', name: 'Sam Viewer' },
};

/** Where a role's signed-in browser state is kept for the run. */
export const storageStatePath = (role: E2eRole) => `test-results/e2e-auth/${role}.json`;
