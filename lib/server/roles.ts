/** The roles of the team; the policy table (policy.ts) says what each may do. Migration 00006 holds the same list. */
export const ROLES = ['admin', 'editor', 'translator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Whether a string is one of the roles. */
export const isRole = (r: unknown): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r);

/** Who acts: every use case takes one first, asks the policy, and records `id` as the author. */
export interface Actor {
  id: string;
  role: Role;
}
