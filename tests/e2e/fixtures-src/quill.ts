import Quill from 'quill';
import 'quill/dist/quill.core.css';

const quill = new Quill('#box', { placeholder: 'Reply…' });
(window as unknown as { readModel(): string }).readModel = () => quill.getText().replace(/\n$/, '');
