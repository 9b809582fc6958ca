import { Button, Kbd, Modal, Table } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The DOM id of a list row, for `aria-activedescendant`. */
export const rowDomId = (id: string) => `case-row-${id}`;

/** Keys typed into a field belong to the field: a text input, a text area, a select, an editable region or a combobox. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target.getAttribute('role') === 'combobox') return true;
  return target.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit'].includes((target as HTMLInputElement).type);
}

/** Enter on a link or a button does what the link or button does, not what the list's shortcut does. */
const isControl = (target: EventTarget | null) => target instanceof HTMLElement && !!target.closest('a, button, [role="button"]');

/** A dialog (the help, a reroute reason) has its own keys. */
const inDialog = (target: EventTarget | null) => target instanceof HTMLElement && !!target.closest('[role="dialog"]');

interface ListKeyboardOptions<T> {
  onOpen: (row: T) => void;
  /** `x`: toggles the row's selection, where the list has one. */
  onToggle?: (row: T) => void;
}

/**
 * A clerk's keys over a list of cases: j/k or the arrows move a visible highlight (scrolled into view, announced as
 * the list's active descendant), Enter opens the highlighted case, x selects it, / goes to the search field (marked
 * `data-list-search`), ? shows the keys. No key is taken while the user types in a field.
 */
export function useListKeyboard<T extends { id: string }>(rows: readonly T[], options: ListKeyboardOptions<T>) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const containerRef = useRef<HTMLElement & HTMLTableElement & HTMLDivElement>(null);
  const latest = useRef({ rows, options, activeId });
  latest.current = { rows, options, activeId };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || inDialog(e.target)) return;
      const { rows, options, activeId } = latest.current;
      const index = rows.findIndex((r) => r.id === activeId);
      const moveTo = (to: number) => {
        if (rows.length === 0) return;
        e.preventDefault();
        setActiveId(rows[Math.max(0, Math.min(rows.length - 1, to))].id);
      };
      switch (e.key) {
        case 'j':
        case 'ArrowDown':
          return moveTo(index < 0 ? 0 : index + 1);
        case 'k':
        case 'ArrowUp':
          return moveTo(index < 0 ? 0 : index - 1);
        case 'Enter':
          if (index < 0 || isControl(e.target)) return;
          e.preventDefault();
          return options.onOpen(rows[index]);
        case 'x':
          if (index < 0 || !options.onToggle) return;
          e.preventDefault();
          return options.onToggle(rows[index]);
        case '/': {
          const search = document.querySelector<HTMLElement>('[data-list-search]');
          if (!search) return;
          e.preventDefault();
          return search.focus();
        }
        case '?':
          e.preventDefault();
          return setHelpOpen(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!activeId) return;
    document.getElementById(rowDomId(activeId))?.scrollIntoView({ block: 'nearest' });
    // The list takes the focus, so a screen reader announces the active row (aria-activedescendant).
    if (containerRef.current && document.activeElement !== containerRef.current) containerRef.current.focus({ preventScroll: true });
  }, [activeId]);

  const current = rows.some((r) => r.id === activeId) ? activeId : null;
  return {
    activeId: current,
    containerProps: {
      ref: containerRef,
      tabIndex: 0,
      'aria-activedescendant': current ? rowDomId(current) : undefined,
    },
    rowProps: (id: string) => ({ id: rowDomId(id), 'aria-selected': id === current, 'data-active': id === current || undefined }),
    help: { opened: helpOpen, open: () => setHelpOpen(true), close: () => setHelpOpen(false) },
  };
}

/** The list's keys, in Vietnamese first: opened with ? or the button beside a list. */
export function ShortcutsHelp({ opened, onClose, selectable }: { opened: boolean; onClose: () => void; selectable: boolean }) {
  const { t } = useTranslation();
  const keys: [string[], string][] = [
    [['j', '↓'], t('shortcuts.next')],
    [['k', '↑'], t('shortcuts.previous')],
    [['Enter'], t('shortcuts.open')],
    ...(selectable ? [[['x'], t('shortcuts.toggle')] as [string[], string]] : []),
    [['/'], t('shortcuts.search')],
    [['?'], t('shortcuts.help')],
  ];
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} centered>
      <Table data-testid="shortcuts-help">
        <Table.Tbody>
          {keys.map(([combo, label]) => (
            <Table.Tr key={combo.join()}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {combo.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ` ${t('shortcuts.or')} `}
                    <Kbd>{k}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{label}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}

/** The button that shows the keys, for those who do not know `?` yet. */
export function ShortcutsButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="subtle" size="xs" onClick={onClick} aria-keyshortcuts="?">
      {t('shortcuts.button')}
    </Button>
  );
}
