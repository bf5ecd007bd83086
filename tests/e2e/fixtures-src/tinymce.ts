declare const tinymce: { init(o: object): Promise<unknown>; activeEditor: { getContent(o: object): string } };
void tinymce.init({ selector: '#box', license_key: 'gpl', base_url: '/tinymce', suffix: '.min', menubar: false, toolbar: false, statusbar: false, promotion: false, plugins: [] });
(window as unknown as { readModel(): string }).readModel = () => tinymce.activeEditor.getContent({ format: 'text' }).trim();
