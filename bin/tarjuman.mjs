#!/usr/bin/env node
// Entry point of the command line: registers the TypeScript loader, then runs bin/main.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
const code = await main(process.argv.slice(2));
// exit explicitly, once stdout has drained: a library's exit hook (the embedded server's) would
// otherwise end the process with 0 whatever the command returned
process.exitCode = code;
process.stdout.write('', () => process.exit(code));
