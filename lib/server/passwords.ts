import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../contract/app-error';

// argon2id (the library's default algorithm) with its default cost: 19 MiB, 2 passes, 1 lane (OWASP's
// first recommended setting). The encoded hash names its parameters, so they can be raised later.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 1024;

/** Refuses a password too short or too long (`password-invalid` {min, max}). */
export function checkPassword(password: unknown): string {
  if (typeof password !== 'string' || [...password].length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
    throw new AppError('password-invalid', { min: PASSWORD_MIN, max: PASSWORD_MAX });
  }
  return password;
}

/** The argon2id hash of a password, in the PHC string form. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// verified against when the email is unknown, so a wrong email costs as long as a wrong password
let dummy: Promise<string> | null = null;

/** Whether `password` matches `stored`; with no stored hash, the same work and false. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    dummy ??= hashPassword(randomBytes(16).toString('hex'));
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A password for the first admin when none is given: 18 random characters, letters and digits. */
export function generatePassword(): string {
  return randomBytes(24).toString('base64url').replace(/[-_]/gu, '').slice(0, 18).padEnd(18, 'x');
}
