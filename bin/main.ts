import { CliError } from './cli-error';

/** Each command lives in bin/commands/<name>.ts and exports `run(args): Promise<number>`. */
const COMMANDS: Record<string, string> = {
  import: 'Import a document (txt, md, html, docx) into the database',
  export: 'Export a document: --lang en|ar|fa --format json|html|md|docx|xliff [--out FILE]',
  segment: 'Split text into sentences: --lang en|ar|fa [FILE|-]',
  terms: 'Find glossary terms: --glossary FILE --lang en|ar|fa [FILE|-]',
  glossary: 'Glossary: import FILE | export --format tbx|csv [--out FILE] | check FILE --json',
  qa: 'Check a translation: FILE.xlf --glossary FILE.tbx --json | --document ID --lang ar --json',
  validate: 'Validate an XLIFF 2 file',
  user: 'Accounts: add --email E --role R [--name N] (password on stdin) | list --json | role --email E --role R | disable --email E | password --email E',
  tm: 'Translation memory: import FILE.tmx | export | lookup | concordance | analyze | pretranslate (tarjuman tm for usage)',
  align: 'Align sentences: --source EN_FILE --target AR_FILE [--glossary FILE] [--presegmented] --json',
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, help]) => `  ${name.padEnd(10)} ${help}`);
  return `usage: tarjuman <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

/** Runs one command and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    process.stderr.write(`tarjuman: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    // the command line is the operator at the machine: it acts as the system (no session, no sign-in)
    const { setProcessActor, SYSTEM_ACTOR } = await import('../lib/server/actor');
    setProcessActor(SYSTEM_ACTOR);
    const mod = (await import(`./commands/${name}.ts`)) as { run: (args: string[]) => Promise<number> };
    return await mod.run(args);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // the words for a known error code come from messages/ (in TARJUMAN_LANG or LANG); the code stays
    const { describeCliError } = await import('../lib/i18n/cli-i18n');
    const words = describeCliError(message);
    process.stderr.write(`tarjuman ${name}: ${words ? `${words} (${message})` : message}\n`);
    return err instanceof CliError ? err.exitCode : 1;
  }
}
