import { Select, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matches } from '../lib/text';

export interface RefItem {
  code: string;
  name: string;
  nameEn: string;
  parentCode?: string | null;
}

type Props = Omit<SelectProps, 'data' | 'filter'> & { items: RefItem[] | undefined };

/**
 * A searchable picker of areas, categories or agencies: the query matches the Vietnamese name without its
 * diacritics ("chieu sang" finds "Chiếu sáng"), the English name, the code and the parent's name.
 */
export function RefSelect({ items, ...props }: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { data, searchText } = useMemo(() => {
    const byCode = new Map((items ?? []).map((i) => [i.code, i]));
    const label = (i: RefItem) => {
      const own = en ? i.nameEn : i.name;
      const parent = i.parentCode ? byCode.get(i.parentCode) : undefined;
      return parent && parent.parentCode ? `${en ? parent.nameEn : parent.name} › ${own}` : own;
    };
    const searchText = new Map((items ?? []).map((i) => [i.code, [i.name, i.nameEn, i.code, label(i)].join(' ')]));
    return { data: (items ?? []).map((i) => ({ value: i.code, label: label(i) })), searchText };
  }, [items, en]);
  // One filter per list (not per render), so a re-render while the list is open keeps the highlighted option.
  const filter = useCallback<OptionsFilter>(
    ({ options, search }) => (options as ComboboxItem[]).filter((o) => matches(search, searchText.get(o.value) ?? o.label)),
    [searchText],
  );
  const [search, setSearch] = useState('');
  // Enter with nothing highlighted: one match is taken; with several, the form is not sent (the typed words would be lost).
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    props.onKeyDown?.(event);
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const listId = event.currentTarget.getAttribute('aria-controls');
    if (listId && document.getElementById(listId)?.querySelector('[data-combobox-selected]')) return;
    const current = data.find((o) => o.value === props.value);
    if (!search.trim() || current?.label === search) return;
    const found = data.filter((o) => matches(search, searchText.get(o.value) ?? o.label));
    if (found.length === 0) return;
    event.preventDefault();
    if (found.length === 1) props.onChange?.(found[0]!.value, found[0]!);
  };
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={t('common.noMatch')}
      limit={50}
      comboboxProps={{ withinPortal: true }}
      {...props}
      onSearchChange={(value) => {
        setSearch(value);
        props.onSearchChange?.(value);
      }}
      onKeyDown={onKeyDown}
      data={data}
      filter={filter}
    />
  );
}
