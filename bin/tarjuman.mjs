#!/usr/bin/env node
// Entry point of the command line: registers the TypeScript loader, then runs bin/main.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
