/**
 * Load benchmark (npm run bench:load): two app instances (`next start`) on two loopback ports against
 * one embedded PostgreSQL, simulated users saving segments of the same documents through the JSON save
 * endpoint (PUT /api/segments/:id, the editor's use case), some on the same segments.
 *
 * - baseline: one user saving alone for a few seconds (the latency without contention);
 * - steady: USERS users for SECONDS seconds, each on an instance of its own (half on each);
 * - kill-restart: the same, with instance B killed (SIGKILL) a third of the way in and started again
 *   5 s later; its users send to instance A while B is away, as a load balancer would.
 *
 * A save is "lost" when it was acknowledged (200 with a version) and the history has no save of that
 * text at that version, or refused (409) and the history has no refused conflict of that text. A
 * request that got no answer (the instance died under it) is neither: it is counted as `no_answer`.
 * Every simulated user is a translator account that signs in through POST /api/session (`signIn`).
 * Bounded: at most 50 users, 60 s per run, loopback only. Ends with one JSON line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../lib/db/embedded';
import { freePort } from '../tests/support/free-port';

const USERS = Math.min(50, Number(process.env.BENCH_LOAD_USERS ?? 50));
const SECONDS = Math.min(60, Number(process.env.BENCH_LOAD_SECONDS ?? 60));
const BASELINE_SECONDS = 5;
const SEGMENTS_PER_DOC = 30;
const HOT_SEGMENTS = 4;
const HOT_SHARE = 0.3;
const THINK_MS: [number, number] = [200, 600];
const HOST = '127.0.0.1';

const para = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const WORDS = { ar: ['بيان', 'الفصائل', 'المقاومة', 'صامتة', 'قائد', 'فيلق', 'القدس'], fa: ['بیانیه', 'گروه‌های', 'مقاومت', 'خاموش‌اند', 'فرمانده', 'نیروی', 'قدس'] };
const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const PASSWORD = 'bench-load-password';
const emailOf = (user: number) => (user < 0 ? 'observer@load.bench' : `translator-${user}@load.bench`);

/** The accounts of the run: one translator per simulated user, and a viewer for the editors that only watch. */
async function createAccounts(users: number): Promise<void> {
  const { addUser } = await import('../lib/server/users');
  const { SYSTEM_ACTOR } = await import('../lib/server/actor');
  for (let u = -1; u < users; u++) {
    const r = await addUser(SYSTEM_ACTOR, { email: emailOf(u), name: u < 0 ? 'Observer' : `Translator ${u}`, role: u < 0 ? 'viewer' : 'translator', password: PASSWORD });
    if (!r.ok) throw new Error(`could not create ${emailOf(u)}: ${r.code}`);
  }
}

/**
 * The request headers of one simulated user (user -1: the observer): it signs in through
 * POST /api/session, as a person does, and sends the session cookie with every request.
 */
async function signIn(user: number, base: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: emailOf(user), password: PASSWORD }) });
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  if (res.status !== 200 || !cookie) throw new Error(`${emailOf(user)} could not sign in: ${res.status} ${await res.text()}`);
  return { 'content-type': 'application/json', cookie };
}

interface Instance {
  name: string;
  port: number;
  base: string;
  child: ChildProcess | null;
}

function startInstance(inst: Instance, env: NodeJS.ProcessEnv): void {
  inst.child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', HOST, '-p', String(inst.port)], { stdio: ['ignore', 'ignore', 'inherit'], env });
}

async function stopInstance(inst: Instance): Promise<void> {
  const child = inst.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
}

async function waitReady(inst: Instance, timeoutMs = 90_000): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${inst.base}/en`)).ok) return Date.now() - t0;
    } catch {
      // not up yet
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`instance ${inst.name} did not answer within ${timeoutMs} ms`);
    await sleep(250);
  }
}

interface Outcome {
  acked: { segmentId: number; lang: string; version: number; text: string; sentAt: number; via: string }[];
  refused: { segmentId: number; lang: string; text: string }[];
  latencies: number[];
  errors5xx: number;
  noAnswer: number;
  other4xx: number;
  /** The first few of those answers (status and error code), to say what they were. */
  otherSeen: string[];
  failovers: number;
}

/** Every pane's version now, as a user who opens the document sees it. */
async function versionsNow(segments: number[]): Promise<Map<string, number>> {
  const { sql } = await import('../lib/db/sql');
  const rows = await sql<{ segment_id: number; lang: string; version: number }[]>`
    select segment_id, lang, version from translations where segment_id = any(${segments})`;
  return new Map(rows.map((r) => [`${r.segment_id}:${r.lang}`, r.version]));
}

async function runUsers(opts: { users: number; seconds: number; instances: Instance[]; segments: number[]; hot: number[]; tag: string; down?: () => Set<string> }): Promise<Outcome> {
  const out: Outcome = { acked: [], refused: [], latencies: [], errors5xx: 0, noAnswer: 0, other4xx: 0, otherSeen: [], failovers: 0 };
  const opened = await versionsNow(opts.segments);
  // a session is the database's: signed in on one instance, it is good on the other (the failover)
  const sessions = await Promise.all(Array.from({ length: opts.users }, (_, u) => signIn(u, opts.instances[u % opts.instances.length]!.base)));
  const deadline = Date.now() + opts.seconds * 1000;
  const user = async (u: number) => {
    const home = opts.instances[u % opts.instances.length]!;
    const headers = sessions[u]!;
    const known = new Map(opened);
    // each user has a few segments of its own, and sometimes works on a hot one everybody touches
    const own = opts.segments.filter((_, i) => i % opts.users === u % opts.segments.length || i % opts.users === u);
    let n = 0;
    while (Date.now() < deadline) {
      const segmentId = Math.random() < HOT_SHARE || own.length === 0 ? pick(opts.hot) : pick(own);
      const lang = pick(['ar', 'fa'] as const);
      const key = `${segmentId}:${lang}`;
      const text = `${opts.tag} u${u} #${n++} ${pick(WORDS[lang])} ${pick(WORDS[lang])}`;
      const body = JSON.stringify({ lang, baseVersion: known.get(key) ?? 0, content: para(text), text });
      const down = opts.down?.() ?? new Set<string>();
      const order = [home, ...opts.instances.filter((i) => i !== home)].filter((i) => !down.has(i.name));
      let answered = false;
      for (const inst of order.length ? order : [home]) {
        const t0 = performance.now();
        const sentAt = Date.now();
        try {
          const res = await fetch(`${inst.base}/api/segments/${segmentId}`, { method: 'PUT', headers, body, signal: AbortSignal.timeout(30_000) });
          const ms = performance.now() - t0;
          const json = (await res.json().catch(() => null)) as { version?: number; error?: string; current?: { version: number } } | null;
          answered = true;
          if (inst !== home) out.failovers++;
          if (res.status === 200 && typeof json?.version === 'number') {
            out.latencies.push(ms);
            out.acked.push({ segmentId, lang, version: json.version, text, sentAt, via: inst.name });
            known.set(key, json.version);
          } else if (res.status === 409 && json?.error === 'conflict') {
            out.latencies.push(ms);
            out.refused.push({ segmentId, lang, text });
            known.set(key, json.current?.version ?? 0);
          } else if (res.status >= 500) out.errors5xx++;
          else (out.other4xx++, out.otherSeen.length < 5 && out.otherSeen.push(`${res.status} ${json?.error ?? ''}`));
          break;
        } catch {
          // no answer from this instance (refused connection, or it died under the request): try the other
        }
      }
      if (!answered) out.noAnswer++;
      await sleep(THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0]));
    }
  };
  await Promise.all(Array.from({ length: opts.users }, (_, u) => user(u)));
  return out;
}

async function countLost(o: Outcome, segments: number[]): Promise<number> {
  const { sql } = await import('../lib/db/sql');
  const rows = await sql<{ segment_id: number; lang: string; action: string; version: number; after_text: string }[]>`
    select segment_id, lang, action, version, after_text from revisions where segment_id = any(${segments}) and action in ('save', 'conflict')`;
  const saved = new Set(rows.filter((r) => r.action === 'save').map((r) => `${r.segment_id}:${r.lang}:${r.version}:${r.after_text}`));
  const refused = new Set(rows.filter((r) => r.action === 'conflict').map((r) => `${r.segment_id}:${r.lang}:${r.after_text}`));
  let lost = 0;
  for (const a of o.acked) if (!saved.has(`${a.segmentId}:${a.lang}:${a.version}:${a.text}`)) lost++;
  for (const r of o.refused) if (!refused.has(`${r.segmentId}:${r.lang}:${r.text}`)) lost++;
  return lost;
}

/**
 * An editor with the document open: reads the events stream of one instance (reconnecting with
 * Last-Event-ID when it drops) and keeps the newest version of each pane it was told of, and when.
 */
class Observer {
  seen = new Map<string, { version: number; at: number }>();
  events = 0;
  reconnects = 0;
  private stopped = false;
  private lastId = '';
  private abort = new AbortController();
  constructor(readonly inst: Instance, readonly documentId: number, readonly headers: Record<string, string>) {}

  /** Starts reading, holding the versions the page showed when it was opened. */
  start(opened: Map<string, number>): void {
    for (const [key, version] of opened) this.seen.set(key, { version, at: 0 });
    void this.loop();
  }

  stop(): void {
    this.stopped = true;
    this.abort.abort();
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      try {
        const res = await fetch(`${this.inst.base}/api/documents/${this.documentId}/events?client=bench-observer-${this.inst.name}-${this.documentId}`, {
          headers: { ...this.headers, accept: 'text/event-stream', ...(this.lastId ? { 'last-event-id': this.lastId } : {}) },
          signal: this.abort.signal,
        });
        if (!res.ok || !res.body) throw new Error(String(res.status));
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buf = '';
        while (!this.stopped) {
          const { value, done } = await reader.read();
          if (done) break;
          buf += value;
          let cut: number;
          while ((cut = buf.indexOf('\n\n')) >= 0) {
            this.frame(buf.slice(0, cut));
            buf = buf.slice(cut + 2);
          }
        }
        await reader.cancel().catch(() => {});
      } catch {
        // the instance is away: try again shortly, as an EventSource does
      }
      if (!this.stopped) (this.reconnects++, await sleep(500));
    }
  }

  private frame(text: string): void {
    const fields = Object.fromEntries(text.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
    if (fields.id) this.lastId = fields.id;
    if (fields.event !== 'segment') return;
    this.events++;
    const p = JSON.parse(fields.data!) as { segmentId: number; lang: string; version: number };
    const key = `${p.segmentId}:${p.lang}`;
    if ((this.seen.get(key)?.version ?? 0) < p.version) this.seen.set(key, { version: p.version, at: Date.now() });
  }
}

/** Panes an observer holds older than the database (after a short settle), and how long saves took to reach the other instance. */
async function liveCheck(observers: Observer[], o: Outcome, segments: number[]): Promise<{ live_stale: number; live_events: number; live_p95_ms: number; observer_reconnects: number }> {
  await sleep(2000);
  const now = await versionsNow(segments);
  const docOf = new Map<number, number>();
  const { sql } = await import('../lib/db/sql');
  for (const r of await sql<{ id: number; document_id: number }[]>`select id, document_id from segments where id = any(${segments})`) docOf.set(r.id, r.document_id);
  let stale = 0;
  for (const ob of observers) {
    for (const [key, version] of now) {
      if (docOf.get(Number(key.split(':')[0])) !== ob.documentId) continue;
      if ((ob.seen.get(key)?.version ?? 0) < version) stale++;
    }
  }
  // a save acknowledged by one instance, seen by an editor on the other: from the request to the event
  const delays: number[] = [];
  for (const a of o.acked) {
    for (const ob of observers) {
      if (ob.inst.name === a.via || docOf.get(a.segmentId) !== ob.documentId) continue;
      const s = ob.seen.get(`${a.segmentId}:${a.lang}`);
      if (s && s.version === a.version) delays.push(s.at - a.sentAt);
    }
  }
  return { live_stale: stale, live_events: observers.reduce((n, ob) => n + ob.events, 0), live_p95_ms: pct(delays, 95), observer_reconnects: observers.reduce((n, ob) => n + ob.reconnects, 0) };
}

function pct(xs: number[], p: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10;
}

function summary(name: string, o: Outcome, lost: number, seconds: number, live?: Awaited<ReturnType<typeof liveCheck>>) {
  const saves = o.acked.length;
  const r = {
    run: name,
    saves,
    conflicts: o.refused.length,
    saves_per_s: Math.round((saves / seconds) * 10) / 10,
    p50_ms: pct(o.latencies, 50),
    p95_ms: pct(o.latencies, 95),
    errors_5xx: o.errors5xx,
    lost,
    no_answer: o.noAnswer,
    other_4xx: o.other4xx,
    failovers: o.failovers,
    ...live,
  };
  console.log(`${name.padEnd(13)} saves ${String(r.saves).padStart(6)}  conflicts ${String(r.conflicts).padStart(5)}  ${r.saves_per_s}/s  p50 ${r.p50_ms} ms  p95 ${r.p95_ms} ms  5xx ${r.errors_5xx}  lost ${r.lost}  no answer ${r.no_answer}  failovers ${r.failovers}${live ? `  live: ${live.live_events} events, p95 ${live.live_p95_ms} ms to the other instance, ${live.live_stale} stale panes` : ''}`);
  if (o.otherSeen.length) console.log(`  other answers: ${o.otherSeen.join(', ')}`);
  return r;
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const { ensureBuild } = (await import('../scripts/ensure-build.mjs' as string)) as { ensureBuild: (log: (l: string) => void) => boolean };
  if (!ensureBuild((l) => console.log(`[bench:load] ${l}`))) throw new Error('the build failed');
  const dir = mkdtempSync(join(tmpdir(), 'tarjuman-load-pg-'));
  chmodSync(dir, 0o755);
  const db = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'tarjuman_load', persistent: false });
  process.env.DATABASE_URL = db.url;
  const instances: Instance[] = [];
  try {
    const { migrate } = await import('../lib/db/migrate');
    const { createDocument, getDocument } = await import('../lib/db/documents');
    await migrate();
    await createAccounts(USERS);
    const segments: number[] = [];
    const documents: number[] = [];
    for (const d of [1, 2]) {
      const id = await createDocument(
        {
          title: `Load ${d}`, authors: [], publishedOn: null, sourceUrl: null, sourceLang: 'en',
          segments: Array.from({ length: SEGMENTS_PER_DOC }, (_, i) => ({ kind: 'paragraph' as const, content: para(`Sentence ${i + 1} of document ${d}.`), text: `Sentence ${i + 1} of document ${d}.` })),
        },
        'local',
      );
      documents.push(id);
      segments.push(...(await getDocument(id))!.segments.map((s) => s.id));
    }
    const hot = [segments[0]!, segments[1]!, segments[SEGMENTS_PER_DOC]!, segments[SEGMENTS_PER_DOC + 1]!].slice(0, HOT_SEGMENTS);
    const env = { ...process.env, DATABASE_URL: db.url, DATABASE_POOL: '10' };
    for (const name of ['A', 'B']) {
      const port = await freePort();
      instances.push({ name, port, base: `http://${HOST}:${port}`, child: null });
    }
    for (const inst of instances) startInstance(inst, env);
    for (const inst of instances) console.log(`[bench:load] instance ${inst.name} on ${inst.base} ready in ${await waitReady(inst)} ms`);
    console.log(`[bench:load] ${USERS} users, ${SECONDS} s per run, ${segments.length} segments in 2 documents, ${hot.length} hot segments (${HOT_SHARE * 100}% of saves), think time ${THINK_MS.join('-')} ms`);

    // warm both instances (first requests compile routes and fill caches), then the baseline
    await runUsers({ users: 2, seconds: 2, instances, segments, hot, tag: 'warm' });
    const base = await runUsers({ users: 1, seconds: BASELINE_SECONDS, instances: [instances[0]!], segments, hot, tag: 'base' });
    const baseline = summary('baseline', base, await countLost(base, segments), BASELINE_SECONDS);

    // an editor on each instance with each document open, told of every change by the events stream
    const observers: Observer[] = [];
    for (const inst of instances) for (const d of documents) observers.push(new Observer(inst, d, await signIn(-1, inst.base)));
    const opened = await versionsNow(segments);
    observers.forEach((ob) => ob.start(opened));
    await sleep(1000);
    const steadyOut = await runUsers({ users: USERS, seconds: SECONDS, instances, segments, hot, tag: 'steady' });
    const steady = summary('steady', steadyOut, await countLost(steadyOut, segments), SECONDS, await liveCheck(observers, steadyOut, segments));

    const b = instances[1]!;
    const down = new Set<string>();
    let restartMs = 0;
    const chaos = (async () => {
      await sleep((SECONDS * 1000) / 3);
      down.add(b.name);
      b.child?.kill('SIGKILL');
      console.log(`[bench:load] killed instance B at ${Math.round(SECONDS / 3)} s`);
      await sleep(5000);
      startInstance(b, env);
      restartMs = await waitReady(b);
      down.delete(b.name);
      console.log(`[bench:load] instance B answered again ${restartMs} ms after its restart`);
    })();
    const chaosOut = await runUsers({ users: USERS, seconds: SECONDS, instances, segments, hot, tag: 'chaos', down: () => down });
    await chaos;
    const killRestart = summary('kill-restart', chaosOut, await countLost(chaosOut, segments), SECONDS, await liveCheck(observers, chaosOut, segments));
    observers.forEach((ob) => ob.stop());
    // the instances hear the streams close and take the editors out of the documents
    await sleep(500);

    console.log(`p95 under load / baseline p50: steady ${(steady.p95_ms / Math.max(0.1, baseline.p50_ms)).toFixed(1)}x, kill-restart ${(killRestart.p95_ms / Math.max(0.1, baseline.p50_ms)).toFixed(1)}x`);
    console.log(JSON.stringify({ bench: 'load', users: USERS, seconds: SECONDS, instances: 2, baseline, runs: [steady, { ...killRestart, restart_ms: restartMs }] }));
  } finally {
    // the instances go first (their open streams leave the document), then the database
    await Promise.all(instances.map((inst) => stopInstance(inst)));
    const { closeSql } = await import('../lib/db/sql');
    await closeSql();
    await sleep(500);
    await db.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
