import { t } from '../utils/i18n';

/** What an extension page shows in its first frame, before the stored settings arrive: its frame and heading, never a blank page. */
export function PageSkeleton({ name, title, icon = 32 }: { name: string; title: string; icon?: number }) {
  return (
    <main class={name} aria-busy="true">
      <h1>
        <img src={`/icon/${icon}.png`} alt="" width={icon === 48 ? 28 : 20} height={icon === 48 ? 28 : 20} />
        {title}
      </h1>
      <p class="skeleton" role="status">
        {t('page_loading')}
      </p>
      <div class="skeleton-line" style={{ width: '80%' }} />
      <div class="skeleton-line" style={{ width: '60%' }} />
    </main>
  );
}
