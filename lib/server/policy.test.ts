import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from './actor';
import { ACTIONS, authorize, can, POLICY, type Action } from './policy';

// The table as the team works today; issue 12 extends it. Each row: who may, everyone else may not.
const EXPECTED: Record<Action, Role[]> = {
  'document.read': ['admin', 'editor', 'translator', 'viewer'],
  'document.import': ['admin', 'editor'],
  'document.export': ['admin', 'editor', 'translator', 'viewer'],
  'segment.translate': ['admin', 'editor', 'translator'],
  'segment.review': ['admin', 'editor'],
  'segment.edit-source': ['admin', 'editor'],
  'qa.read': ['admin', 'editor', 'translator', 'viewer'],
  'qa.accept': ['admin', 'editor'],
  'edition.style': ['admin', 'editor'],
  'edition.publish': ['admin', 'editor'],
  'edition.override': ['admin', 'editor'],
  'xliff.import': ['admin', 'editor', 'translator'],
  'glossary.read': ['admin', 'editor', 'translator', 'viewer'],
  'glossary.edit': ['admin', 'editor'],
  'glossary.import': ['admin', 'editor'],
  'quotes.edit': ['admin', 'editor', 'translator'],
  'align.run': ['admin', 'editor', 'translator'],
  'align.keep': ['admin', 'editor'],
  'glossary.propose': ['admin', 'editor', 'translator'],
  'document.assign': ['admin', 'editor'],
  'users.manage': ['admin'],
  'audit.read': ['admin'],
  'tm.read': ['admin', 'editor', 'translator', 'viewer'],
  'tm.pretranslate': ['admin', 'editor', 'translator'],
  'tm.edit': ['admin', 'editor'],
  'tm.import': ['admin', 'editor'],
  'comment.write': ['admin', 'editor', 'translator'],
  'comment.resolve': ['admin', 'editor', 'translator'],
};

describe('the policy table', () => {
  it('has a row for every action and no other', () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of Object.keys(EXPECTED) as Action[]) {
    for (const role of ROLES) {
      const allowed = EXPECTED[action].includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        const actor = { id: `x-${role}`, role };
        expect(can(actor, action)).toBe(allowed);
        if (allowed) expect(() => authorize(actor, action)).not.toThrow();
        else expect(() => authorize(actor, action)).toThrow(expect.objectContaining({ code: 'forbidden', params: { action, role } }));
      });
    }
  }

  it('lets the admin do everything and the viewer only read', () => {
    expect(ACTIONS.every((a) => can({ id: 'a', role: 'admin' }, a))).toBe(true);
    expect(ACTIONS.filter((a) => can({ id: 'v', role: 'viewer' }, a)).every((a) => /\.(read|export)$/u.test(a) && a !== 'audit.read')).toBe(true);
    expect(Object.values(POLICY).every((roles) => roles.length > 0)).toBe(true);
  });
});
