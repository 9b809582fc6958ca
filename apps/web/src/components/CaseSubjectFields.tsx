import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type CaseFormValues, isDenunciation } from '../lib/validation';
import { RefSelect, type RefItem } from './RefSelect';

/** The fields that say what a case is about, in the citizen's form and the operator's. */
export type CaseSubject = Pick<CaseFormValues, 'kind' | 'categoryCode' | 'areaCode' | 'accusedAgencyCode' | 'title' | 'description'>;

interface Props {
  values: CaseSubject;
  set: (key: keyof CaseSubject, value: string | null) => void;
  /** The message shown next to a field, if any. */
  error: (field: keyof CaseSubject) => string | undefined;
  categories: RefItem[] | undefined;
  areas: RefItem[] | undefined;
  /** For a denunciation's accused agency. */
  agencies: RefItem[] | undefined;
  titleMaxLength?: number;
  descriptionRows: number;
}

/** Category, area, the accused agency of a denunciation, title and description. */
export function CaseSubjectFields({ values, set, error, categories, areas, agencies, titleMaxLength, descriptionRows }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <RefSelect
        label={t('field.category')}
        placeholder={t('field.categoryPlaceholder')}
        items={categories}
        value={values.categoryCode}
        onChange={(v) => set('categoryCode', v)}
        error={error('categoryCode')}
      />
      <RefSelect
        label={t('field.area')}
        placeholder={t('field.areaPlaceholder')}
        items={areas}
        value={values.areaCode}
        onChange={(v) => set('areaCode', v)}
        error={error('areaCode')}
      />
      {isDenunciation(values.kind) && (
        <RefSelect
          label={t('field.accusedAgency')}
          description={t('field.accusedAgencyHint')}
          placeholder={t('field.categoryPlaceholder')}
          items={agencies}
          value={values.accusedAgencyCode}
          onChange={(v) => set('accusedAgencyCode', v)}
          error={error('accusedAgencyCode')}
        />
      )}
      <TextInput
        label={t('field.title')}
        required
        value={values.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={error('title')}
        maxLength={titleMaxLength}
      />
      <Textarea
        label={t('field.description')}
        required
        autosize
        minRows={descriptionRows}
        value={values.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={error('description')}
      />
    </>
  );
}
