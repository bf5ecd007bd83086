import { useEffect, useState } from 'preact/hooks';
import { decodeAsset, type ModelStatus } from '../rules/model';
import { t } from '../utils/i18n';

/** Loads the tone model the way the coach does: its own script, which hands the weights over on a global. */
export async function loadToneAsset(url: string): Promise<unknown> {
  const g = globalThis as { __replyCoachToneWeights?: unknown };
  if (g.__replyCoachToneWeights === undefined) await import(/* @vite-ignore */ url);
  return g.__replyCoachToneWeights;
}

/** Says so when the tone model cannot be used: the coach then judges with its rules alone. Quiet when all is well. */
export function ToneModelStatus({ load }: { load: () => Promise<unknown> }) {
  const [status, setStatus] = useState<ModelStatus | 'checking'>('checking');
  useEffect(() => {
    let live = true;
    load()
      .then((asset) => live && setStatus(decodeAsset(asset).status))
      .catch(() => live && setStatus('missing'));
    return () => {
      live = false;
    };
  }, [load]);
  if (status === 'checking' || status === 'ok') return null;
  return (
    <p class="error" role="status" data-model-status={status}>
      {status === 'missing' ? t('options_modelMissing') : t('options_modelCorrupt')}
    </p>
  );
}
