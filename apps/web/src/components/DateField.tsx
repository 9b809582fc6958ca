import { ActionIcon, TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayMonthYear, parseDayMonthYear } from '../lib/format';

type DateFieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'rightSection'> & {
  /** The date as the API takes it (YYYY-MM-DD), '' for none. */
  value: string;
  /** Called with YYYY-MM-DD once the text is a whole date, with '' once it is emptied. */
  onChange: (value: string) => void;
};

/**
 * A date typed and shown as dd/mm/yyyy whatever the browser's language: Chromium draws `<input type="date">` in its
 * own UI locale (mm/dd/yyyy in an English browser, `lang="vi"` changes nothing), so the field is text. The calendar
 * button opens the browser's date picker on a hidden date input.
 */
export function DateField({ value, onChange, error, onBlur, ...rest }: DateFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => dayMonthYear(value));
  const [invalid, setInvalid] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  // The last value this field sent: when the page hands it back (a router navigation is a transition, so it can come
  // after the user has typed on), the text is theirs and stays. Only a value from elsewhere (a preset, a reset) redraws it.
  const sent = useRef(value);
  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    setText((shown) => (parseDayMonthYear(shown) === value || (value === '' && shown === '') ? shown : dayMonthYear(value)));
    setInvalid(false);
  }, [value]);
  const send = (iso: string) => {
    sent.current = iso;
    onChange(iso);
  };
  const take = (typed: string) => {
    setText(typed);
    const iso = parseDayMonthYear(typed);
    if (iso) {
      setInvalid(false);
      if (iso !== value) send(iso);
    } else if (typed.trim() === '') {
      setInvalid(false);
      if (value !== '') send('');
    }
  };
  return (
    <TextInput
      {...rest}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      placeholder={rest.placeholder ?? t('field.datePlaceholder')}
      onChange={(e) => take(e.currentTarget.value)}
      onBlur={(e) => {
        const typed = e.currentTarget.value;
        setInvalid(typed.trim() !== '' && parseDayMonthYear(typed) === null);
        onBlur?.(e);
      }}
      error={error || (invalid ? t('field.dateInvalid') : undefined)}
      data-date-field
      rightSectionPointerEvents="all"
      rightSection={
        <>
          <ActionIcon variant="subtle" color="gray" aria-label={t('field.datePick')} onClick={() => picker.current?.showPicker()}>
            <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
              <rect x="3" y="5" width="18" height="16" rx="2" />
              <path d="M3 10h18M8 3v4M16 3v4" />
            </svg>
          </ActionIcon>
          <input
            ref={picker}
            type="date"
            tabIndex={-1}
            aria-hidden="true"
            value={value}
            onChange={(e) => take(dayMonthYear(e.currentTarget.value))}
            style={{ position: 'absolute', right: 0, bottom: 0, width: 1, height: 1, opacity: 0, border: 0, padding: 0 }}
          />
        </>
      }
    />
  );
}
