import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { analyze } from '../../rules';
import { categoryLabel } from '../../components/AnalysisView';
import { t } from '../../utils/i18n';
import { SITE_NAMES } from './sites';

/** The first-run page: what the coach does (with a live try-it box), where it works, how to turn it on elsewhere, pinning, privacy. */
export function App() {
  const [draft, setDraft] = useState(() => t('welcome_trySample'));
  const findings = useMemo(() => analyze(draft).findings, [draft]);
  return (
    <main class="welcome">
      <header>
        <h1>
          <img src="/icon/32.png" alt="" width={24} height={24} />
          {t('welcome_title')}
        </h1>
      </header>
      <p class="lead">{t('welcome_intro')}</p>

      <section aria-labelledby="try">
        <h2 id="try">{t('welcome_tryHeading')}</h2>
        <p class="hint" id="try-hint">
          {t('welcome_tryHint')}
        </p>
        <label class="sr-only" for="try-box">
          {t('welcome_tryLabel')}
        </label>
        <textarea id="try-box" rows={4} aria-describedby="try-hint" value={draft} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} />
        <div class="try-result" role="status" aria-live="polite">
          {findings.length === 0 ? (
            <p class="saved">{t('welcome_tryClean')}</p>
          ) : (
            <>
              <p>{t('welcome_tryFound', findings.length)}</p>
              <ul class="try-findings">
                {findings.map((f) => (
                  <li key={`${f.start}-${f.rule}`} class={`sev-${f.severity}`}>
                    <q>{f.text}</q> <span class="cat">{categoryLabel(f.category)}</span>
                    <span class="why">{f.message}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </section>

      <div class="welcome-grid">
        <section aria-labelledby="sites">
          <h2 id="sites">{t('welcome_sitesHeading')}</h2>
          <p>{t('welcome_sitesIntro')}</p>
          <ul class="sites">
            {Object.values(SITE_NAMES).map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="elsewhere">
          <h2 id="elsewhere">{t('welcome_elsewhereHeading')}</h2>
          <p>{t('welcome_elsewhere')}</p>
          <h2 id="pin">{t('welcome_pinHeading')}</h2>
          <p>{t('welcome_pin')}</p>
          <h2 id="keys">{t('welcome_keysHeading')}</h2>
          <p>{t('welcome_keys')}</p>
        </section>
      </div>

      <section aria-labelledby="privacy" class="privacy">
        <h2 id="privacy">{t('welcome_privacyHeading')}</h2>
        <p>{t('welcome_privacy')}</p>
      </section>
      <p>
        <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcome_options')}
        </button>
      </p>
    </main>
  );
}
