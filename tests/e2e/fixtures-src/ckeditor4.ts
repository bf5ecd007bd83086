declare const CKEDITOR: {
  replace(id: string, config: object): { on(e: string, fn: () => void): void; getData(): string };
};
// 4.22.1, the last open-source release: no version-check notice, no toolbar, the undo plugin as shipped.
const editor = CKEDITOR.replace('box', { versionCheck: false, toolbar: [], removePlugins: 'elementspath', resize_enabled: false, height: 160 });
editor.on('instanceReady', () => (document.body.dataset.ready = '1'));
(window as unknown as { readModel(): string }).readModel = () =>
  (new DOMParser().parseFromString(editor.getData(), 'text/html').body.textContent ?? '').trim();
