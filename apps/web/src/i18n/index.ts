import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CHANNEL_LABELS, CLOCK_LABELS, EVENT_LABELS, KIND_LABELS, STATUS_LABELS, UNSET_LABELS } from '@hotline/contracts';
import { channelsEn, channelsVi } from './channels';
import { mapEn, mapVi } from './map';
import { receptionEn, receptionVi } from './reception';
import { errorsEn, errorsVi, pageErrorsEn, pageErrorsVi } from './errors';
import { en, vi } from './messages';
import { noticesEn, noticesVi } from './notices';
import { supportersEn, supportersVi } from './supporters';

export const LANGUAGES = ['vi', 'en'] as const;
const STORAGE_KEY = 'hotline.lang';

const pick = <K extends string>(labels: Record<K, { vi: string; en: string }>, lang: 'vi' | 'en') =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, (v as { vi: string; en: string })[lang]]));

const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);

void i18n.use(initReactI18next).init({
  lng: saved === 'en' ? 'en' : 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  showSupportNotice: false,
  resources: {
    vi: {
      translation: {
        ...vi,
        ...channelsVi,
        ...receptionVi,
        ...mapVi,
        ...noticesVi,
        ...supportersVi,
        errors: { ...errorsVi, ...pageErrorsVi },
        kind: pick(KIND_LABELS, 'vi'),
        status: pick(STATUS_LABELS, 'vi'),
        channel: pick(CHANNEL_LABELS, 'vi'),
        event: pick(EVENT_LABELS, 'vi'),
        clock: pick(CLOCK_LABELS, 'vi'),
        unset: pick(UNSET_LABELS, 'vi'),
      },
    },
    en: {
      translation: {
        ...en,
        ...channelsEn,
        ...receptionEn,
        ...mapEn,
        ...noticesEn,
        ...supportersEn,
        errors: { ...errorsEn, ...pageErrorsEn },
        kind: pick(KIND_LABELS, 'en'),
        status: pick(STATUS_LABELS, 'en'),
        channel: pick(CHANNEL_LABELS, 'en'),
        event: pick(EVENT_LABELS, 'en'),
        clock: pick(CLOCK_LABELS, 'en'),
        unset: pick(UNSET_LABELS, 'en'),
      },
    },
  },
});

i18n.on('languageChanged', (lng) => {
  if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, lng);
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

export default i18n;

if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;
