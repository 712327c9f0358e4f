/**
 * Every conformance suite, in the order they run. A new suite (the TMX one: the LISA kit and the
 * TICO-19 memories) is one file in this folder and one line here.
 */
import type { Suite } from '../suite';
import { tbxSuite } from './tbx';
import { ticoGlossariesSuite, ticoParallelSuite } from './tico19';
import { ticoTmxSuite, tmxLisaSuite } from './tmx';
import { xliffSuites } from './xliff';

export const SUITES: Suite[] = [...xliffSuites, tbxSuite, ticoGlossariesSuite, ticoParallelSuite, tmxLisaSuite, ticoTmxSuite];
