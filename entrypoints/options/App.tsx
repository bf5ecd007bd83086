import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CATEGORIES, type Category, type CustomPhrase } from '../../rules/types';
import { categoryLabel } from '../../components/AnalysisView';
import { Switch } from '../../components/Switch';
import { PageSkeleton } from '../../components/PageSkeleton';
import { t, type MessageKey } from '../../utils/i18n';
import { exportSettings, LIMITS, MAX_IMPORT_BYTES, POLICY_KEYS, PRESEND_LIMITS, SENSITIVITIES, type PolicyKey, type Settings } from '../../utils/settings';
import { createSettingsStore, useStoreState } from '../../utils/store';
import { Insights } from './Insights';
import { ToneModelStatus, loadToneAsset } from '../../components/ToneModelStatus';

const loadTone = () => loadToneAsset(browser.runtime.getURL('/tone-model.js' as '/options.html'));

const store = createSettingsStore();
type Result = { ok: true } | { ok: false; error: string };
const save = (patch: Partial<Settings>): Promise<Result> => store.getState().update(patch);

/** Where a save's outcome is read out; errors stay until the next success. */
function Feedback({ result }: { result?: Result }) {
  if (!result) return null;
  return result.ok ? (
    <p class="saved" role="status">
      {t('options_saved')}
    </p>
  ) : (
    <p class="error" role="alert">
      {result.error}
    </p>
  );
}

const Locked = () => <span class="locked">{t('options_locked')}</span>;

function General({ settings }: { settings: Settings }) {
  return (
    <section aria-labelledby="general">
      <h2 id="general">{t('options_general')}</h2>
      <Switch checked={settings.enabled} onChange={(enabled) => void save({ enabled })}>
        {t('popup_coachOn')}
      </Switch>
      <fieldset>
        <legend>{t('options_sensitivity')}</legend>
        {SENSITIVITIES.map((s) => (
          <label key={s} class="radio">
            <input type="radio" name="sensitivity" value={s} checked={settings.sensitivity === s} onChange={() => void save({ sensitivity: s })} />
            <span>
              <strong>{t(`sensitivity_${s}` as MessageKey)}</strong> <span class="hint">{t(`sensitivity_${s}Hint` as MessageKey)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {settings.disabledSites.length > 0 && (
        <>
          <h3>{t('options_offSites')}</h3>
          <ul class="rows">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button type="button" onClick={() => void save({ disabledSites: settings.disabledSites.filter((h) => h !== host) })}>
                  {t('options_turnBackOn', host)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The pause before a heated reply is sent: on/off, from what heat, and an optional cool-down. */
function Presend({ settings }: { settings: Settings }) {
  const [result, setResult] = useState<Result>();
  return (
    <section aria-labelledby="presend">
      <h2 id="presend">{t('options_presend')}</h2>
      <Switch checked={settings.presend} onChange={async (presend) => setResult(await save({ presend }))} hint={t('options_presendHint')}>
        {t('options_presendOn')}
      </Switch>
      <label class="block">
        <span>
          {t('options_presendHeat')} <output>{Math.round(settings.presendHeat * 100)}</output>
        </span>
        <input
          type="range"
          min={PRESEND_LIMITS.heatMin}
          max={PRESEND_LIMITS.heatMax}
          step={0.05}
          value={settings.presendHeat}
          disabled={!settings.presend}
          onChange={async (e) => setResult(await save({ presendHeat: Number((e.target as HTMLInputElement).value) }))}
        />
        <span class="hint">{t('options_presendHeatHint')}</span>
      </label>
      <label class="block">
        <span>{t('options_presendCooldown')}</span>
        <input
          type="number"
          min={0}
          max={PRESEND_LIMITS.cooldownMax}
          step={1}
          value={settings.presendCooldown}
          disabled={!settings.presend}
          onChange={async (e) => setResult(await save({ presendCooldown: Number((e.target as HTMLInputElement).value) }))}
        />
        <span class="hint">{t('options_presendCooldownHint')}</span>
      </label>
      <Feedback result={result?.ok ? undefined : result} />
    </section>
  );
}

function Categories({ settings, user, locked }: { settings: Settings; user: Settings; locked: Category[] }) {
  const [result, setResult] = useState<Result>();
  return (
    <section aria-labelledby="categories">
      <h2 id="categories">{t('options_categories')}</h2>
      <p class="hint">{t('options_categoriesHint')}</p>
      <div class="grid">
        {CATEGORIES.map((c) => (
          <label key={c} class="check">
            <input
              type="checkbox"
              checked={settings.categories[c]}
              disabled={locked.includes(c)}
              onChange={async (e) => setResult(await save({ categories: { ...user.categories, [c]: (e.target as HTMLInputElement).checked } }))}
            />
            <span>
              {categoryLabel(c)} <span class="hint">{t(`category_${c.replace('-', '_')}Hint` as MessageKey)}</span>
              {locked.includes(c) && <Locked />}
            </span>
          </label>
        ))}
      </div>
      <Feedback result={result?.ok ? undefined : result} />
    </section>
  );
}

/** A list of short texts: add one at a time, remove any. What was typed stays in the box until it is saved. */
function TextList({ id, label, items, max, onSave, placeholder }: { id: string; label: string; items: string[]; max: number; onSave(next: string[]): Promise<Result>; placeholder: string }) {
  const [value, setValue] = useState('');
  const [result, setResult] = useState<Result>();
  const add = async (e: Event) => {
    e.preventDefault();
    const item = value.trim();
    if (!item) return setResult({ ok: false, error: t('options_emptyEntry') });
    if (items.some((x) => x.toLowerCase() === item.toLowerCase())) return setResult({ ok: false, error: t('options_duplicate', item) });
    const r = await onSave([...items, item]);
    setResult(r);
    if (r.ok) setValue('');
  };
  return (
    <div class="list">
      <form onSubmit={add} class="inline">
        <label for={id}>{label}</label>
        <input id={id} value={value} maxLength={max} placeholder={placeholder} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
        <button type="submit">{t('options_add')}</button>
      </form>
      <Feedback result={result} />
      {items.length > 0 && (
        <ul class="chips">
          {items.map((w) => (
            <li key={w}>
              <span>{w}</span>
              <button type="button" aria-label={t('options_remove', w)} onClick={async () => setResult(await onSave(items.filter((x) => x !== w)))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Phrases({ user, effective, adminCount }: { user: Settings; effective: Settings; adminCount: number }) {
  const empty = { phrase: '', message: '', replacement: '' };
  const [draft, setDraft] = useState(empty);
  const [result, setResult] = useState<Result>();
  const add = async (e: Event) => {
    e.preventDefault();
    const phrase: CustomPhrase = { phrase: draft.phrase.trim(), message: draft.message.trim(), ...(draft.replacement.trim() ? { replacement: draft.replacement.trim() } : {}) };
    if (!phrase.phrase || !phrase.message) return setResult({ ok: false, error: t('options_phraseNeeds') });
    if (user.customPhrases.some((p) => p.phrase.toLowerCase() === phrase.phrase.toLowerCase())) return setResult({ ok: false, error: t('options_duplicate', phrase.phrase) });
    const r = await save({ customPhrases: [...user.customPhrases, phrase] });
    setResult(r);
    if (r.ok) setDraft(empty);
  };
  const field = (k: keyof typeof empty, label: string, max: number, required: boolean) => (
    <label>
      {label}
      <input value={draft[k]} maxLength={max} required={required} onInput={(e) => setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value })} />
    </label>
  );
  return (
    <section aria-labelledby="phrases">
      <h2 id="phrases">{t('options_phrases')}</h2>
      <p class="hint">{t('options_phrasesHint')}</p>
      {effective.customPhrases.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t('options_phrase')}</th>
              <th>{t('options_message')}</th>
              <th>{t('options_replacement')}</th>
              <th>
                <span class="sr-only">{t('options_actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {effective.customPhrases.map((p, i) => (
              <tr key={p.phrase}>
                <td>{p.phrase}</td>
                <td>{p.message}</td>
                <td>{p.replacement ?? '—'}</td>
                <td>
                  {i < adminCount ? (
                    <Locked />
                  ) : (
                    <button type="button" aria-label={t('options_remove', p.phrase)} onClick={async () => setResult(await save({ customPhrases: user.customPhrases.filter((x) => x.phrase !== p.phrase) }))}>
                      {t('options_removeShort')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="phrase-form" onSubmit={add}>
        {field('phrase', t('options_phrase'), LIMITS.phrase, true)}
        {field('message', t('options_message'), LIMITS.message, true)}
        {field('replacement', t('options_replacementOptional'), LIMITS.phrase, false)}
        <button type="submit">{t('options_addPhrase')}</button>
      </form>
      <Feedback result={result} />
    </section>
  );
}

function Policies({ user, locked, effective }: { user: Settings; locked: PolicyKey[]; effective: Settings }) {
  const [text, setText] = useState(user.policies);
  const [result, setResult] = useState<Result>();
  const dirty = useRef(new Set<PolicyKey>());
  // Follow changes from other contexts, but never over what is being typed here.
  useEffect(() => {
    setText((cur) => Object.fromEntries(POLICY_KEYS.map((k) => [k, dirty.current.has(k) ? cur[k] : user.policies[k]])) as Settings['policies']);
  }, [user.policies]);
  const commit = async (k: PolicyKey) => {
    if (!dirty.current.has(k)) return;
    const r = await save({ policies: { ...user.policies, [k]: text[k] } });
    if (r.ok) dirty.current.delete(k);
    setResult(r);
  };
  return (
    <section aria-labelledby="policies">
      <h2 id="policies">{t('options_policies')}</h2>
      <p class="hint">{t('options_policiesHint')}</p>
      {POLICY_KEYS.map((k) => (
        <label key={k} class="block">
          <span>
            {t(`policy_${k}` as MessageKey)} {locked.includes(k) && <Locked />}
          </span>
          <textarea
            rows={2}
            maxLength={LIMITS.policy}
            readOnly={locked.includes(k)}
            placeholder={t(`policy_${k}Placeholder` as MessageKey)}
            value={locked.includes(k) ? effective.policies[k] : text[k]}
            onInput={(e) => {
              dirty.current.add(k);
              setText({ ...text, [k]: (e.target as HTMLTextAreaElement).value });
            }}
            onBlur={() => void commit(k)}
          />
        </label>
      ))}
      <Feedback result={result} />
    </section>
  );
}

function GreetingSignature({ settings }: { settings: Settings }) {
  return (
    <section aria-labelledby="greeting">
      <h2 id="greeting">{t('options_greeting')}</h2>
      <label class="check">
        <input type="checkbox" checked={settings.judgeGreetingAndSignature} onChange={(e) => void save({ judgeGreetingAndSignature: (e.target as HTMLInputElement).checked })} />
        <span>
          {t('options_judgeGreeting')} <span class="hint">{t('options_judgeGreetingHint')}</span>
        </span>
      </label>
      <TextList id="signoffs" label={t('options_signOffs')} placeholder={t('options_signOffsPlaceholder')} items={settings.signOffs} max={LIMITS.signOff} onSave={(signOffs) => save({ signOffs })} />
    </section>
  );
}

function Backup({ user, rejected, problems }: { user: Settings; rejected: unknown; problems: string[] }) {
  const [result, setResult] = useState<Result & { imported?: boolean }>();
  const dialog = useRef<HTMLDialogElement>(null);
  const download = () => {
    const blob = new Blob([exportSettings(user, rejected)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'reply-coach-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const upload = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const r = file.size > MAX_IMPORT_BYTES ? { ok: false as const, error: t('options_importTooLarge') } : await store.getState().importJson(await file.text());
    setResult({ ...r, imported: true });
  };
  return (
    <section aria-labelledby="backup">
      <h2 id="backup">{t('options_backup')}</h2>
      {problems.length > 0 && (
        <div class="error" role="alert">
          <p>{t('options_badStored')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        <button type="button" onClick={download}>
          {t('options_export')}
        </button>
        <label class="button">
          {t('options_import')}
          <input type="file" accept="application/json,.json" class="sr-only" onChange={(e) => void upload(e)} />
        </label>
        <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
          {t('options_reset')}
        </button>
      </div>
      {result && (result.ok ? <p class="saved" role="status">{t('options_imported')}</p> : <Feedback result={result} />)}
      <dialog ref={dialog} aria-labelledby="reset-title">
        <h3 id="reset-title">{t('options_resetTitle')}</h3>
        <p>{t('options_resetBody')}</p>
        <form method="dialog" class="actions">
          <button value="cancel" autofocus>
            {t('options_cancel')}
          </button>
          <button
            value="reset"
            class="danger"
            onClick={async () => {
              await store.getState().reset();
              setResult(undefined);
            }}
          >
            {t('options_resetConfirm')}
          </button>
        </form>
      </dialog>
    </section>
  );
}

/** What this extension can see: true, short, and the permissions with their reasons. */
function Privacy() {
  const manifest = browser.runtime.getManifest();
  const permissions = [...(manifest.permissions ?? []), ...((manifest as { optional_host_permissions?: string[] }).optional_host_permissions?.length ? ['optional_host_permissions'] : [])];
  return (
    <section aria-labelledby="privacy">
      <h2 id="privacy">{t('privacy_heading')}</h2>
      <ul class="plain">
        <li>{t('privacy_local')}</li>
        <li>{t('privacy_notStored')}</li>
        <li>{t('privacy_sensitive')}</li>
        <li>{t('privacy_settings')}</li>
      </ul>
      <table class="permissions">
        <thead>
          <tr>
            <th>{t('privacy_permission')}</th>
            <th>{t('privacy_why')}</th>
          </tr>
        </thead>
        <tbody>
          {permissions.map((p) => (
            <tr key={p}>
              <td>
                <code>{p}</code>
              </td>
              <td>{t(`permission_${p}` as MessageKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

type Tab = 'settings' | 'insights';

export function App() {
  const state = useStoreState(store, (s) => s);
  const [tab, setTab] = useState<Tab>(location.hash === '#insights' ? 'insights' : 'settings');
  if (!state.hydrated) return <PageSkeleton name="options" title={t('options_heading')} icon={48} />;
  const tabButton = (id: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={tab === id ? 'true' : 'false'}
      aria-controls={`panel-${id}`}
      tabIndex={tab === id ? 0 : -1}
      onClick={() => setTab(id)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          const next: Tab = id === 'settings' ? 'insights' : 'settings';
          setTab(next);
          document.getElementById(`tab-${next}`)?.focus();
        }
      }}
    >
      {label}
    </button>
  );
  return (
    <main class="options">
      <h1>
        <img src="/icon/48.png" alt="" width={28} height={28} />
        {t('options_heading')}
      </h1>
      {state.error && (
        <p class="error" role="alert">
          {state.error}
        </p>
      )}
      <ToneModelStatus load={loadTone} />
      <div role="tablist" class="tabs" aria-label={t('options_heading')}>
        {tabButton('settings', t('options_tabSettings'))}
        {tabButton('insights', t('options_tabInsights'))}
      </div>
      <div role="tabpanel" id="panel-insights" aria-labelledby="tab-insights" hidden={tab !== 'insights'}>
        {tab === 'insights' && <Insights />}
      </div>
      <div role="tabpanel" id="panel-settings" aria-labelledby="tab-settings" hidden={tab !== 'settings'}>
        <General settings={state.settings} />
        <Presend settings={state.settings} />
        <Categories settings={state.settings} user={state.user} locked={state.locks.categories} />
        <Phrases user={state.user} effective={state.settings} adminCount={state.locks.phrases} />
        <section aria-labelledby="ignore">
          <h2 id="ignore">{t('options_ignore')}</h2>
          <p class="hint">{t('options_ignoreHint')}</p>
          <TextList id="ignore-words" label={t('options_ignoreLabel')} placeholder="ASAP" items={state.user.ignoreWords} max={LIMITS.word} onSave={(ignoreWords) => save({ ignoreWords })} />
        </section>
        <Policies user={state.user} locked={state.locks.policies} effective={state.settings} />
        <GreetingSignature settings={state.user} />
        <Backup user={state.user} rejected={state.rejected} problems={state.problems} />
        <Privacy />
      </div>
    </main>
  );
}
