import type { DiffPart } from '../rules/diff';

/**
 * A word diff: insertions and deletions marked, for the rewrites. A change that carries its reason (the
 * finding that caused it) shows it on hover and on keyboard focus, and screen readers hear it.
 */
export function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) => {
        if (p.kind === 'same') return <span key={i}>{p.text}</span>;
        const why = p.why ? { title: p.why, 'data-why': p.why, tabIndex: 0, 'aria-description': p.why } : {};
        return p.kind === 'added' ? (
          <ins key={i} {...why}>
            {p.text}
          </ins>
        ) : (
          <del key={i} {...why}>
            {p.text}
          </del>
        );
      })}
    </>
  );
}
