/**
 * Firefox: installing the add-on as a user does and deploying it as a company does.
 *
 * Install: the e2e build, zipped into an XPI, goes through Firefox's own install path for a file (the one
 * about:addons' "Install Add-on From File" takes), so Firefox shows its permission prompt; the test reads
 * that prompt's data-collection section, clicks Add, and checks what the add-ons manager recorded.
 *
 * Team deploy: Firefox fills storage.managed from enterprise policies ("3rdparty" → "Extensions" → add-on
 * id in policies.json). Release and ESR builds read policies.json only from the system folder
 * (/etc/firefox-esr/policies) and from the install's distribution/ folder; the alternate-path prefs work in
 * automation and Nightly only. So the test runs a private copy of the install in a temp folder: the
 * launcher binary copied (Firefox finds its install folder from the binary's resolved path, so a symlink
 * would lead back to /usr/lib), everything else symlinked, and a real distribution/policies.json.
 * Nothing outside the temp folder is written, and it is removed afterwards.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle } from 'puppeteer-core';
import { CATEGORIES } from '../../rules/types';
import { ADDON_ID, FIREFOX, FIREFOX_EXTENSION, startFirefox, type FirefoxHarness } from './firefox-harness';

/** What the admin pushes. The phrase is one no built-in rule flags, so only the policy can flag it. */
const MANAGED = {
  lockedCategories: ['caps'],
  policies: { returns: 'Returns are accepted within 60 days, unused and in the original box.' },
  customPhrases: [{ phrase: 'per company guidelines', message: 'Admin: explain the reason instead of citing guidelines.' }],
};

let tmp: string;
let h: FirefoxHarness;

/** A private Firefox install: the launcher copied, the rest symlinked, and our own distribution/policies.json. */
function privateInstall(root: string, policies: object): string {
  const real = realpathSync(FIREFOX);
  const from = dirname(real);
  const to = join(root, 'firefox');
  mkdirSync(to);
  for (const name of readdirSync(from)) {
    if (name === basename(real) || name === 'distribution' || name === 'firefox-bin') continue;
    // firefox-bin may be a symlink to the launcher: leave it out rather than lead back to /usr/lib.
    symlinkSync(join(from, name), join(to, name));
  }
  copyFileSync(real, join(to, basename(real)));
  mkdirSync(join(to, 'distribution'));
  writeFileSync(join(to, 'distribution', 'policies.json'), JSON.stringify({ policies }, null, 2));
  return join(to, basename(real));
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'reply-coach-ff-deploy-'));
  const executablePath = privateInstall(tmp, { '3rdparty': { Extensions: { [ADDON_ID]: MANAGED } } });
  h = await startFirefox({ executablePath, install: false, prefs: { 'xpinstall.signatures.required': false } });
});
afterAll(async () => {
  await h?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

/** Firefox's manifest reader on a folder: the warnings it records (unknown keys, bad values), as at install. */
const manifestWarnings = (dir: string) =>
  h.privileged<string>(`(async () => {
    const { ExtensionData } = ChromeUtils.importESModule('resource://gre/modules/Extension.sys.mjs');
    const f = Cc['@mozilla.org/file/local;1'].createInstance(Ci.nsIFile);
    f.initWithPath(${JSON.stringify(dir)});
    const data = new ExtensionData(Services.io.newFileURI(f));
    await data.loadManifest();
    return JSON.stringify({ warnings: data.warnings, errors: data.errors, dataCollection: data.getDataCollectionPermissions().required });
  })()`).then((s) => JSON.parse(s) as { warnings: string[]; errors: string[]; dataCollection: string[] });

interface Prompt {
  permissions: { data_collection: string[] };
  title: string;
  dataTitle: string | null;
  dataList: string[];
  result: string;
  addon: { temporary: boolean; active: boolean; userPermissions: { data_collection: string[] } } | null;
}

describe('Firefox: install from an XPI, with the consent prompt', () => {
  it('runs the private install, whose distribution/policies.json is the active enterprise policy (control)', async () => {
    const state = JSON.parse(
      await h.privileged<string>(`JSON.stringify({
        dist: Services.dirsvc.get('XREAppDist', Ci.nsIFile).path,
        active: Services.policies.status === Ci.nsIEnterprisePolicies.ACTIVE,
        ours: Services.policies.getExtensionPolicy(${JSON.stringify(ADDON_ID)}),
      })`),
    );
    expect(state.dist).toBe(join(realpathSync(tmp), 'firefox', 'distribution'));
    expect(state.active).toBe(true);
    expect(state.ours).toEqual(MANAGED);
  });

  it("Firefox's manifest reader accepts data_collection_permissions: no warning, and it reads required: ['none']", async () => {
    // Control: the reader does warn about a misspelt key in the same place, and records nothing for it.
    const bad = join(tmp, 'misspelt');
    mkdirSync(bad);
    const gecko = (key: string) => ({ manifest_version: 3, name: 'x', version: '1', browser_specific_settings: { gecko: { id: 'x@example.invalid', [key]: { required: ['none'] } } } });
    writeFileSync(join(bad, 'manifest.json'), JSON.stringify(gecko('data_collection_permission')));
    const control = await manifestWarnings(bad);
    expect(control.warnings.join('\n')).toMatch(/data_collection_permission/);
    expect(control.dataCollection).toEqual([]);

    const ours = await manifestWarnings(FIREFOX_EXTENSION);
    expect(ours.errors).toEqual([]);
    expect(ours.warnings).toEqual([]);
    expect(ours.dataCollection).toEqual(['none']);
  });

  it('shows the data-collection consent on install, and Add installs a normal (not temporary) add-on', async () => {
    const xpi = join(tmp, 'reply-coach.xpi');
    const out: Prompt = JSON.parse(
      await h.privileged<string>(`(async () => {
        const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
        const file = (p) => { const f = Cc['@mozilla.org/file/local;1'].createInstance(Ci.nsIFile); f.initWithPath(p); return f; };
        const wait = async (read) => { for (let i = 0; i < 150; i++) { const v = read(); if (v) return v; await new Promise((r) => setTimeout(r, 100)); } return read(); };
        // Zip the build with Firefox's own zip writer, so the test needs no zip tool.
        const xpi = file(${JSON.stringify(xpi)});
        const zw = Cc['@mozilla.org/zipwriter;1'].createInstance(Ci.nsIZipWriter);
        zw.open(xpi, 0x04 | 0x08 | 0x20); // read-write, create, truncate
        const add = (dir, prefix) => {
          const entries = dir.directoryEntries;
          for (let f = entries.nextFile; f; f = entries.nextFile) {
            if (f.isDirectory()) add(f, prefix + f.leafName + '/');
            else zw.addEntryFile(prefix + f.leafName, Ci.nsIZipWriter.COMPRESSION_DEFAULT, f, false);
          }
        };
        add(file(${JSON.stringify(FIREFOX_EXTENSION)}), '');
        zw.close();

        // What the add-ons manager hands the prompt, heard beside Firefox's own prompt code.
        const prompted = new Promise((resolve) => {
          const observer = (subject) => { Services.obs.removeObserver(observer, 'webextension-permission-prompt'); resolve(subject.wrappedJSObject.info); };
          Services.obs.addObserver(observer, 'webextension-permission-prompt');
        });
        const install = await AddonManager.getInstallForFile(xpi);
        const browser = gBrowser.selectedBrowser;
        // The path about:addons' "Install Add-on From File" takes: the permission prompt is required.
        AddonManager.installAddonFromAOM(browser, Services.io.newFileURI(xpi), install);
        const info = await prompted;
        await wait(() => PopupNotifications.getNotification('addon-webext-permissions', browser));
        const el = document.getElementById('addon-webext-permissions-notification');
        await wait(() => el.querySelector('#addon-webext-perm-list-data-collection li'));
        const shownText = (sel) => { const n = el.querySelector(sel); return n && !n.hidden ? n.textContent.trim() : null; };
        const shown = {
          permissions: info.permissions,
          title: el.querySelector('.popup-notification-description')?.textContent.trim(),
          dataTitle: shownText('#addon-webext-perm-title-data-collection'),
          dataList: el.querySelector('#addon-webext-perm-list-data-collection').hidden ? [] : [...el.querySelectorAll('#addon-webext-perm-list-data-collection li')].map((li) => li.textContent.trim()),
        };
        const done = new Promise((resolve) => install.addListener({ onInstallEnded: () => resolve('installed'), onInstallFailed: () => resolve('failed'), onInstallCancelled: () => resolve('cancelled') }));
        el.button.click(); // "Add"
        const result = await done;
        const addon = await AddonManager.getAddonByID(${JSON.stringify(ADDON_ID)});
        return JSON.stringify({ ...shown, result, addon: addon && { temporary: addon.temporarilyInstalled, active: addon.isActive, userPermissions: addon.userPermissions } });
      })()`),
    );
    expect(out.title).toBe('Add Reply Coach');
    expect(out.permissions.data_collection).toEqual(['none']);
    expect(out.dataTitle).toBe('Data collection:');
    expect(out.dataList).toEqual(['The developer says this extension doesn’t require data collection.']);
    expect(out.result).toBe('installed');
    expect(out.addon).toMatchObject({ temporary: false, active: true, userPermissions: { data_collection: ['none'] } });
  });

  it("the add-ons manager's permissions view shows the same data-collection statement", async () => {
    const text = await h.privileged<string>(`(async () => {
      const wait = async (read) => { for (let i = 0; i < 150; i++) { const v = read(); if (v) return v; await new Promise((r) => setTimeout(r, 100)); } return read(); };
      const win = await BrowserAddonUI.openAddonsMgr('addons://detail/' + encodeURIComponent(${JSON.stringify(ADDON_ID)}) + '/permissions');
      const doc = win.document;
      const card = await wait(() => doc.querySelector('addon-permissions-list'));
      return (await wait(() => /data collection/i.test(card.textContent) && card.textContent.includes('developer') && card.textContent)).replace(/\\s+/g, ' ');
    })()`);
    expect(text).toMatch(/Data Collection/);
    expect(text).toContain('The developer says this extension doesn’t require data collection.');
  });
});

describe('Firefox: team deploy through policies.json', () => {
  it('storage.managed holds what the admin set', async () => {
    const managed = await h.inExtension(async () => (globalThis as unknown as { browser: { storage: { managed: { get(): Promise<object> } } } }).browser.storage.managed.get(), null);
    expect(managed).toEqual(MANAGED);
  });

  it('the options page marks the locked category, admin phrase and policy "Set by your organisation", though the user turned the category off', async () => {
    // The user's own settings: "Shouting" (caps, locked by the admin) and "Stacked marks" (exclamation, not locked) off.
    await h.inExtension(async (categories: string[]) => {
      const b = (globalThis as unknown as { browser: { storage: { sync: { set(v: object): Promise<void> } } } }).browser;
      await b.storage.sync.set({ settings: { version: 1, categories: Object.fromEntries(categories.map((c) => [c, c !== 'caps' && c !== 'exclamation'])) } });
    }, [...CATEGORIES]);
    const options = await h.extensionPage('options.html', { width: 900, height: 900 });
    await options.waitForSelector('main.options:not([aria-busy])');
    const marks = await poll(() => options.$$eval('.locked', (l) => l.map((x) => x.textContent)), (m) => m.length === 3, 5_000);
    expect(marks).toEqual(['Set by your organisation', 'Set by your organisation', 'Set by your organisation']);

    const categories = await options.$$eval('section[aria-labelledby="categories"] input[type=checkbox]', (boxes) =>
      boxes.map((b) => ({ label: (b as HTMLInputElement).closest('label')!.textContent!, disabled: (b as HTMLInputElement).disabled, checked: (b as HTMLInputElement).checked })),
    );
    const locked = categories.filter((c) => c.disabled);
    expect(locked).toHaveLength(1);
    expect(locked[0].label).toMatch(/^Shouting.*Set by your organisation/);
    expect(locked[0].checked).toBe(true);
    expect(categories.find((c) => c.label.startsWith('Stacked marks'))).toMatchObject({ disabled: false, checked: false });

    const rows = await options.$$eval('section[aria-labelledby="phrases"] tbody tr', (trs) =>
      trs.map((r) => ({ phrase: r.querySelector('td')!.textContent, removable: !!r.querySelector('button'), locked: !!r.querySelector('.locked') })),
    );
    expect(rows[0]).toEqual({ phrase: 'per company guidelines', removable: false, locked: true });

    const policies = await options.$$eval('section[aria-labelledby="policies"] textarea', (ts) => ts.map((t) => ({ readOnly: (t as HTMLTextAreaElement).readOnly, value: (t as HTMLTextAreaElement).value })));
    expect(policies.map((p) => p.readOnly)).toEqual([true, false, false]);
    expect(policies[0].value).toBe(MANAGED.policies.returns);
    await options.close();
  });

  it("a typed draft is checked with the admin's phrase and locked category: both flagged, the unlocked category the user turned off is not", async () => {
    const page = await h.open('textarea.html');
    const flagged = () =>
      page.evaluate(() => [...(document.querySelector('reply-coach-ui')?.shadowRoot?.querySelectorAll('[data-reply-coach-mirror] span[data-severity]') ?? [])].map((s) => s.textContent));
    await page.click('#box');
    await page.keyboard.type('CALM DOWN!!! Per company guidelines the parcel left on Monday.', { delay: 1 });
    const spans = await poll(flagged, (f) => f.length >= 2);
    expect(spans).toEqual(['CALM DOWN', 'Per company guidelines']);
    // The card names the admin's reason for the phrase.
    const badge = await page.waitForFunction(() => document.querySelector('reply-coach-ui')?.shadowRoot?.querySelector('button[data-count]'));
    await (badge as unknown as ElementHandle<HTMLButtonElement>).click();
    // The panel opens on the rewrites; the findings, with their reasons, are a tab away.
    const tab = await page.waitForFunction(() =>
      [...(document.querySelector('reply-coach-ui')?.shadowRoot?.querySelectorAll('[role="tab"]') ?? [])].find((t) => /Findings/.test(t.textContent ?? '')),
    );
    await (tab as unknown as ElementHandle<HTMLButtonElement>).click();
    const card = await poll(
      () => page.evaluate(() => (document.querySelector('reply-coach-ui')?.shadowRoot?.querySelector('.card') as HTMLElement | null)?.innerText ?? ''),
      (t) => t.includes('Admin:'),
      5_000,
    );
    expect(card).toContain('Admin: explain the reason instead of citing guidelines.');
    await page.close();
  });

  it('no extension context made a network request', async () => {
    expect(await h.extensionRequests()).toEqual([]);
  });
});
