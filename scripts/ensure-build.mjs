// Builds the Next.js app when the sources changed since the last build (a fingerprint of files).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function sourceStamp() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else if (!name.endsWith('.test.ts')) hash.update(`${p}:${s.size}:${s.mtimeMs}\n`);
    }
  };
  for (const d of ['app', 'components', 'lib', 'messages']) walk(d);
  for (const f of ['next.config.ts', 'proxy.ts', 'package-lock.json', 'postcss.config.mjs', 'global.d.ts']) {
    if (existsSync(f)) hash.update(`${f}:${statSync(f).size}:${statSync(f).mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** Runs `next build` unless .next holds a build of exactly these sources; returns false on failure. */
export function ensureBuild(log = console.log) {
  const stamp = sourceStamp();
  const stampFile = join('.next', 'tarjuman-stamp');
  if (existsSync(join('.next', 'BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return true;
  log('building the app (first start or changed sources)…');
  const r = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) return false;
  writeFileSync(stampFile, stamp);
  return true;
}
