import { useMediaQuery } from '@mantine/hooks';
import { type KeyboardEventHandler, type ReactNode, type RefObject, useLayoutEffect, useRef } from 'react';

/** Below this width every staff list is a column of cards: a table would hide its columns off screen or scroll sideways. */
export const CARDS_BELOW = '(max-width: 48em)';

/** Whether lists show as cards now (the viewport is below CARDS_BELOW). */
export const useCards = (): boolean => useMediaQuery(CARDS_BELOW, false, { getInitialValueInEffect: false });

/** Writes each column's header into its cells' `data-label`, which a card shows before the cell (styles.css). */
function labelCells(box: HTMLElement): void {
  for (const table of Array.from(box.querySelectorAll('table'))) {
    const headers = Array.from(table.querySelectorAll(':scope > thead > tr > th')).map((th) => th.textContent?.trim() ?? '');
    if (!headers.some(Boolean)) continue;
    for (const row of Array.from(table.querySelectorAll(':scope > tbody > tr'))) {
      Array.from(row.children).forEach((cell, i) => {
        const label = headers[i] ?? '';
        if (label && cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
      });
    }
  }
}

/**
 * A staff list's table. On a wide screen it scrolls sideways in its own box (the page never does), reachable from the
 * keyboard: a named region that takes the focus (axe-core's scrollable-region-focusable). Below CARDS_BELOW each row
 * is a card with its cells stacked under their column's name (styles.css `.table-scroll[data-cards]`), the same
 * breakpoint at which CaseTable draws its cards.
 */
export function TableScroll({
  label,
  children,
  testId,
  boxRef,
  onKeyDown,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
  /** The box, for a page that moves the focus inside it (the petition grid). */
  boxRef?: RefObject<HTMLDivElement | null>;
  onKeyDown?: KeyboardEventHandler<HTMLDivElement>;
}) {
  const cards = useCards();
  const ownBox = useRef<HTMLDivElement>(null);
  const box = boxRef ?? ownBox;
  useLayoutEffect(() => {
    const el = box.current;
    if (!cards || !el) return;
    labelCells(el);
    const observer = new MutationObserver(() => labelCells(el));
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [cards]);
  return (
    <div
      ref={box}
      className="table-scroll"
      role="region"
      aria-label={label}
      tabIndex={cards ? undefined : 0}
      data-cards={cards || undefined}
      data-testid={testId}
      onKeyDown={onKeyDown}
    >
      {children}
    </div>
  );
}
