import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Situation } from '../../rules/types';
import { AnalysisView } from '../../components/AnalysisView';
import { SituationPicker } from '../../components/SituationPicker';
import { Switch } from '../../components/Switch';
import { PageSkeleton } from '../../components/PageSkeleton';
import { ToneMeter } from '../../components/ToneMeter';
import { t } from '../../utils/i18n';
import type { PageResponse } from '../../utils/messaging';
import { coachOnFor, getBoxFrame } from '../../utils/settings';
import { createSettingsStore, useStoreState } from '../../utils/store';
import { disableSite, enableSite, isSiteEnabled, originPattern } from '../../utils/custom-sites';
import { isBuiltInSite } from '../../sites';

const store = createSettingsStore();

interface Page {
  tabId: number;
  url?: string;
  host?: string;
  /** Extensions cannot run here (browser pages, the web stores). */
  unsupported: boolean;
  builtIn: boolean;
  /** A site outside the list that the user turned on (permission + registered script). */
  custom: boolean;
}

/** The tab under test (?tabId=N) or the active tab. */
async function findPage(): Promise<Page | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tabId'));
  const tab = Number.isInteger(param) && param > 0 ? await browser.tabs.get(param).catch(() => undefined) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return undefined;
  const url = tab.url;
  const unsupported = !url || !originPattern(url);
  const builtIn = !unsupported && isBuiltInSite(url!);
  return {
    tabId: tab.id,
    url,
    host: unsupported ? undefined : new URL(url!).hostname.toLowerCase(),
    unsupported,
    builtIn,
    custom: !unsupported && !builtIn && (await isSiteEnabled(url!).catch(() => false)),
  };
}

async function ask(page: Page, message: object): Promise<PageResponse | undefined> {
  const frameId = (await getBoxFrame(page.tabId)) ?? 0;
  try {
    return (await browser.tabs.sendMessage(page.tabId, message, { frameId })) as PageResponse | undefined;
  } catch {
    return undefined; // no coach in that frame yet: it loads on the first focus of a reply box
  }
}

export function App() {
  const hydrated = useStoreState(store, (s) => s.hydrated);
  const settings = useStoreState(store, (s) => s.settings);
  const [page, setPage] = useState<Page | null | undefined>(null);
  const [draft, setDraft] = useState<PageResponse | undefined>();
  const [status, setStatus] = useState<string>();
  const [siteError, setSiteError] = useState<string>();

  useEffect(() => {
    void findPage().then(setPage);
  }, []);

  const siteOn = !!page?.host && (page.builtIn || page.custom) && !settings.disabledSites.includes(page.host);
  const on = !!page?.host && siteOn && coachOnFor(settings, page.host);

  const load = useCallback(async () => {
    if (!page || !on) return setDraft(undefined);
    setDraft(await ask(page, { type: 'analysis/get' }));
  }, [page, on]);

  useEffect(() => {
    void load();
    // The box may change while the popup is open (a tab beside it in tests, or a detached popup).
    const timer = setInterval(() => void load(), 1500);
    return () => clearInterval(timer);
  }, [load, settings]);

  const toggleSite = async (next: boolean) => {
    if (!page?.url || !page.host) return;
    setSiteError(undefined);
    const host = page.host;
    const others = settings.disabledSites.filter((h) => h !== host);
    if (page.builtIn) {
      await store.getState().update({ disabledSites: next ? others : [...others, host] });
      return;
    }
    if (next) {
      // First call in the click: the permission prompt needs the user's gesture.
      const result = await enableSite(page.tabId, page.url).catch(() => 'failed' as const);
      if (result !== 'enabled') return setSiteError(result === 'denied' ? t('popup_siteDenied') : t('popup_siteFailed'));
      await store.getState().update({ disabledSites: others });
      setPage({ ...page, custom: true });
    } else {
      await store.getState().update({ disabledSites: [...others, host] });
      await disableSite(page.url).catch(() => {});
      setPage({ ...page, custom: false });
    }
  };

  const apply = async (kind: 'calmer' | 'firmer') => {
    if (!page) return;
    const r = await ask(page, { type: 'rewrite/apply', kind });
    setStatus(r && 'message' in r ? r.message : t('popup_lostBox'));
    await load();
  };

  const copy = async (kind: 'calmer' | 'firmer') => {
    if (draft?.state !== 'draft') return;
    try {
      await navigator.clipboard.writeText(draft.analysis.rewrites[kind]);
      setStatus(t('status_copied'));
    } catch {
      setStatus(t('status_copyFailed'));
    }
  };

  const setSituation = async (situations: Situation[] | null) => {
    if (!page) return;
    const r = await ask(page, { type: 'situation/set', situations });
    if (r) setDraft(r);
  };

  const body = useMemo(() => {
    if (!page) return <p class="empty">{t('popup_noTab')}</p>;
    if (page.unsupported) return <p class="empty">{t('popup_unsupported')}</p>;
    if (!settings.enabled) return <p class="empty">{t('popup_offEverywhere')}</p>;
    if (!siteOn) return <p class="empty">{page.builtIn || settings.disabledSites.includes(page.host!) ? t('popup_offHere', page.host!) : t('popup_notOnHere', page.host!)}</p>;
    if (draft?.state !== 'draft') return <p class="empty">{t('popup_noBox')}</p>;
    return (
      <>
        <ToneMeter tone={draft.tone} />
        <AnalysisView
          analysis={draft.analysis}
          diffs={draft.diffs}
          status={status}
          situationControl={<SituationPicker detected={draft.detected} override={draft.override} onChange={(s) => void setSituation(s)} />}
          onApply={(k) => void apply(k)}
          onCopy={(k) => void copy(k)}
        />
      </>
    );
  }, [page, settings, siteOn, draft, status]);

  // Nothing until the stored settings and the tab are known: no flash of defaults.
  if (!hydrated || page === null) return <PageSkeleton name="popup" title={t('extName')} />;
  return (
    <main class="popup">
      <header>
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} />
          {t('extName')}
        </h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_options')}
        </button>
      </header>
      <section class="toggles">
        <Switch checked={settings.enabled} onChange={(next) => void store.getState().update({ enabled: next })}>
          {t('popup_coachOn')}
        </Switch>
        <Switch checked={siteOn} disabled={!page?.host || !settings.enabled} hint={page?.host ?? t('popup_noSite')} onChange={(next) => void toggleSite(next)}>
          {t('popup_onThisSite')}
        </Switch>
        {siteError && (
          <p class="error" role="alert">
            {siteError}
          </p>
        )}
      </section>
      <section class="draft" aria-label={t('popup_draftHeading')}>
        {body}
      </section>
    </main>
  );
}
