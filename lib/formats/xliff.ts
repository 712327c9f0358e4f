/** XLIFF 2.1: model, reader (validating), validator and writer. Server/CLI side. */
export * from './xliff-types';
export { parseXliff } from './xliff-read';
export { validateXliff, validateXliffTree } from './xliff-validate';
export { writeXliff } from './xliff-write';
