import { Select, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
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
  const filter: OptionsFilter = ({ options, search }) =>
    (options as ComboboxItem[]).filter((o) => matches(search, searchText.get(o.value) ?? o.label));
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={t('common.noMatch')}
      limit={50}
      comboboxProps={{ withinPortal: true }}
      {...props}
      data={data}
      filter={filter}
    />
  );
}
