import type { ReactNode } from 'react';

/**
 * A wide table's own sideways scroll (the page never scrolls sideways), reachable from the keyboard: a named region
 * that takes the focus, so arrow keys scroll it when it holds nothing else to focus (axe-core's scrollable-region-focusable).
 */
export function TableScroll({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0} data-testid={testId}>
      {children}
    </div>
  );
}
