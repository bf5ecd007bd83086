import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SITES } from '../../sites';
import { SITE_NAMES } from '../../entrypoints/welcome/sites';

describe('the welcome page', () => {
  it('names every built-in site, and no other', () => {
    const ids = SITES.map((s) => s.id).filter((id) => !id.endsWith('-fixture'));
    expect(Object.keys(SITE_NAMES).sort()).toEqual([...ids].sort());
  });
});

describe('the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the welcome page on a first install, and not on an update', async () => {
    const { default: background } = await import('../../entrypoints/background');
    // fakeBrowser has no commands API; the shortcut's routing is tested below.
    const commands: unknown[] = [];
    fakeBrowser.commands.onCommand.addListener = ((fn: unknown) => void commands.push(fn)) as typeof fakeBrowser.commands.onCommand.addListener;
    background.main();
    expect(commands).toHaveLength(1);
    const urls = async () => (await fakeBrowser.tabs.query({})).map((t) => t.url ?? '');
    const before = await urls();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1', temporary: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(await urls()).toEqual(before);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await new Promise((r) => setTimeout(r, 0));
    expect((await urls()).filter((u) => !before.includes(u))).toEqual([expect.stringMatching(/\/welcome\.html$/)]);
  });

  it('the shortcut asks the frame that holds the focused box to open its panel', async () => {
    const { openPanel } = await import('../../entrypoints/background');
    const { setBoxFrame } = await import('../../utils/box-frame');
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (tabId: number, message: unknown, options?: { frameId?: number }) => {
      sent.push([tabId, message, options]);
    }) as typeof fakeBrowser.tabs.sendMessage;
    await setBoxFrame(7, 3);
    await openPanel('open-panel', 7);
    await openPanel('something-else', 7);
    expect(sent).toEqual([[7, { type: 'panel/open' }, { frameId: 3 }]]);
  });
});
