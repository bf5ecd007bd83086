/**
 * Which editor a reply box is, from its stable fingerprint (DESIGN.md's table), and how that editor
 * takes text: the write-back paths apply.ts may use for it, in order.
 */
import { isTextField } from './editor-text';

export type EditorKind =
  | 'textarea'
  | 'contenteditable'
  | 'prosemirror'
  | 'lexical'
  | 'slate'
  | 'draftjs'
  | 'ckeditor5'
  | 'ckeditor4'
  | 'quill'
  | 'trix'
  | 'roosterjs'
  | 'froala'
  | 'tinymce';

/** Fingerprints, most specific first. roosterjs has none: the site adapter names it (Outlook, Proton). */
export const EDITOR_FINGERPRINTS: [EditorKind, string][] = [
  ['prosemirror', '.ProseMirror'],
  ['lexical', '[data-lexical-editor]'],
  ['slate', '[data-slate-editor]'],
  ['draftjs', '.public-DraftEditor-content'],
  ['ckeditor5', '.ck-editor__editable'],
  ['ckeditor4', '.cke_editable'],
  ['quill', '.ql-editor'],
  ['trix', 'trix-editor'],
  ['froala', '.fr-element'],
  ['tinymce', '.mce-content-body'],
];

/** The box's editor: its fingerprint, else the site's word for it, else a plain textarea or contenteditable. */
export function editorKind(box: Element, siteEditor?: EditorKind): EditorKind {
  if (isTextField(box)) return 'textarea';
  const found = EDITOR_FINGERPRINTS.find(([, sel]) => box.matches(sel) || box.closest(sel));
  if (found) return found[0];
  return siteEditor && siteEditor !== 'textarea' ? siteEditor : 'contenteditable';
}

/**
 * After a synthetic `beforeinput` that no editor took, what may still write, in order:
 * - `exec`: execCommand('insertText'), which the editor sees as typing (ProseMirror, Quill, Draft.js).
 * - `paste`: a synthetic paste, for editors whose paste handler records its own undo step while their
 *   typing undo does not see execCommand (TinyMCE, CKEditor 4, roosterjs, Froala).
 * None at all for editors that take input only through `beforeinput` (Slate, Lexical, CKEditor 5, which
 * gets a paste but never execCommand): execCommand would change their DOM behind their model's back.
 */
export type Fallback = 'exec' | 'paste';

const FALLBACKS: Record<EditorKind, readonly Fallback[]> = {
  textarea: ['exec'],
  contenteditable: ['exec'],
  prosemirror: ['exec'],
  quill: ['exec'],
  draftjs: ['exec'],
  trix: ['exec'],
  lexical: [],
  slate: [],
  ckeditor5: ['paste'],
  ckeditor4: ['paste', 'exec'],
  tinymce: ['paste', 'exec'],
  roosterjs: ['paste', 'exec'],
  froala: ['paste', 'exec'],
};

export const fallbacksFor = (kind: EditorKind): readonly Fallback[] => FALLBACKS[kind];
