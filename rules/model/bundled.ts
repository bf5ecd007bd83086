/** The committed weights, compiled in and put to use: what Node callers (CLI, tests, eval) import. */
import weights from './weights';
import { useToneWeights } from './index';

useToneWeights(weights);
