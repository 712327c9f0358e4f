import { readFileSync } from 'node:fs';
import { flag, parseArgs } from '../args';
import { CliError } from '../cli-error';
import { unwrap } from '../result';
import type { ActionResult } from '../../lib/contract/result';
import type { Account } from '../../lib/server/users';

const USAGE = 'usage: tarjuman user add --email E --role admin|editor|translator|viewer [--name N] (password on stdin) | list [--json] | role --email E --role R | disable --email E | password --email E (password on stdin)';

// the password comes on standard input (a pipe, or typed and ended with Ctrl+D), never as an argument
function readPassword(): string {
  const text = readFileSync(0, 'utf8');
  return text.replace(/\r?\n$/u, '');
}

const line = (a: Account) => `${a.email}\t${a.role}${a.disabled ? '\tdisabled' : ''}\t${a.name}`;

/** `tarjuman user add|list|role|disable|password`: the accounts, as the system (an operator at the machine). */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const parsed = parseArgs(rest, ['json']);
  const users = await import('../../lib/server/users');
  const { withCliDatabase } = await import('../../lib/server/cli');
  const { SYSTEM_ACTOR } = await import('../../lib/server/actor');
  const db = <T>(work: () => Promise<ActionResult<T>>) => withCliDatabase(work);
  const print = (a: Account) => process.stdout.write(parsed.flags.json === true ? `${JSON.stringify(a)}\n` : `${line(a)}\n`);
  switch (sub) {
    case 'add': {
      const email = flag(parsed, 'email', true);
      const role = flag(parsed, 'role', true);
      const password = readPassword();
      print(unwrap(await db(() => users.addUser(SYSTEM_ACTOR, { email, role, name: flag(parsed, 'name'), password }))));
      return 0;
    }
    case 'list': {
      const list = unwrap(await db(() => users.listUsers(SYSTEM_ACTOR)));
      process.stdout.write(parsed.flags.json === true ? `${JSON.stringify(list)}\n` : list.map((a) => `${line(a)}\n`).join(''));
      return 0;
    }
    case 'role':
      print(unwrap(await db(() => users.setUserRole(SYSTEM_ACTOR, { email: flag(parsed, 'email', true), role: flag(parsed, 'role', true) }))));
      return 0;
    case 'disable':
      print(unwrap(await db(() => users.disableUser(SYSTEM_ACTOR, { email: flag(parsed, 'email', true) }))));
      return 0;
    case 'password': {
      const email = flag(parsed, 'email', true);
      print(unwrap(await db(() => users.setUserPassword(SYSTEM_ACTOR, { email, password: readPassword() }))));
      return 0;
    }
    default:
      throw new CliError(USAGE);
  }
}
