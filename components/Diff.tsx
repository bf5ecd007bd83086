import type { DiffPart } from '../rules/diff';

/** A word diff: insertions and deletions marked, for the rewrites. */
export function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.kind === 'added' ? <ins key={i}>{p.text}</ins> : p.kind === 'removed' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}
    </>
  );
}
