// @vitest-environment jsdom
/**
 * Missing or corrupt tone-model weights: the engine judges with its rules alone and throws nothing, and the
 * options page says so (and stays quiet when the weights are fine).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { ToneModelStatus } from '../../components/ToneModelStatus';
import { analyze, modelStatus, useToneWeights } from '../../rules';
import weights from '../../rules/model/weights';

vi.mock('../../utils/i18n', () => ({ t: (key: string) => key }));

const CONTEMPT = 'Your attitude is disgusting and pathetic.';

afterEach(() => useToneWeights(weights));

describe('the engine without usable weights', () => {
  it.each([
    ['missing', undefined],
    ['corrupt', { ...weights, checksum: 'not-the-checksum' }],
    ['corrupt', { ...weights, weights: weights.weights.slice(0, 100) }],
    ['corrupt', 'not an asset'],
  ])('%s weights: rules alone, no throw', (status, asset) => {
    useToneWeights(asset);
    expect(modelStatus()).toBe(status);
    const a = analyze(`${CONTEMPT} As I already said, you should have read the listing.`);
    expect(a.findings.some((f) => f.rule === 'hostile-tone')).toBe(false);
    expect(a.findings.some((f) => f.rule === 'sarcasm-already-said')).toBe(true);
    expect(a.tone.heat).toBeGreaterThan(0);
  });

  it('with the weights back, the same sentence is heard again (no stale cache)', () => {
    useToneWeights(undefined);
    expect(analyze(CONTEMPT).findings.map((f) => f.rule)).toEqual([]);
    useToneWeights(weights);
    expect(analyze(CONTEMPT).findings.map((f) => f.rule)).toEqual(['hostile-tone']);
  });
});

describe('the options page notice', () => {
  const show = async (load: () => Promise<unknown>, expectNotice = true) => {
    document.body.innerHTML = '<div id="app"></div>'; // test fixture only
    let loaded = false;
    render(<ToneModelStatus load={() => load().finally(() => (loaded = true))} />, document.getElementById('app')!);
    await vi.waitFor(() => expect(loaded).toBe(true));
    if (expectNotice) await vi.waitFor(() => expect(document.querySelector('[data-model-status]')).not.toBeNull());
    else await new Promise((r) => setTimeout(r, 50));
    return document.querySelector('[data-model-status]');
  };
  it('says the model is missing when its script cannot load', async () => {
    expect((await show(() => Promise.reject(new Error('404'))))?.textContent).toBe('options_modelMissing');
  });
  it('says the weights are damaged when they fail their checks', async () => {
    expect((await show(async () => ({ ...weights, biases: [Number.NaN, 0, 0, 0] })))?.getAttribute('data-model-status')).toBe('corrupt');
  });
  it('says nothing when the weights are fine', async () => {
    expect(await show(async () => weights, false)).toBeNull();
  });
});
