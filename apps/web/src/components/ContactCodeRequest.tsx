import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { ContactKind } from '@hotline/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { useAction } from '../lib/use-action';

/** What the code proves control of the contact for; each purpose has its own endpoint. */
export type CodePurpose = { kind: 'privacy' } | { kind: 'my-cases' } | { kind: 'supporter'; trackingCode: string };

const requestCode = (purpose: CodePurpose, body: { contactKind: ContactKind; contact: string }) => {
  switch (purpose.kind) {
    case 'privacy':
      return unwrap(api.POST('/api/v1/privacy/codes', { body }));
    case 'my-cases':
      return unwrap(api.POST('/api/v1/my-cases/codes', { body }));
    case 'supporter':
      return unwrap(
        api.POST('/api/v1/cases/track/{trackingCode}/supporter-codes', { params: { path: { trackingCode: purpose.trackingCode } }, body }),
      );
  }
};

/**
 * The state of the step, one place for its rule: a code proves one contact, so choosing another kind starts over (the
 * contact, the code and the "code sent" state are cleared). `request` is spread into <ContactCodeRequest>.
 */
export function useContactCode(initialKind: ContactKind) {
  const [kind, setKind] = useState(initialKind);
  const [contact, setContact] = useState('');
  const [code, setCode] = useState('');
  const [codeSent, setCodeSent] = useState(false);
  const reset = () => {
    setContact('');
    setCode('');
    setCodeSent(false);
  };
  return {
    kind,
    /** What the citizen typed, trimmed, as the API takes it. */
    contact: contact.trim(),
    code: code.trim(),
    codeSent,
    setCode,
    /** Back to asking for a code for the same contact (a session ended). */
    askAgain: () => {
      setCode('');
      setCodeSent(false);
    },
    /** Back to an empty form (the citizen left). */
    reset,
    request: {
      kind,
      onKindChange: (next: ContactKind) => {
        setKind(next);
        reset();
      },
      contact,
      onContactChange: setContact,
      codeSent,
      onSent: () => setCodeSent(true),
    },
    /** For <OneTimeCodeInput>. */
    codeInput: { value: code, onChange: setCode },
  };
}

/** The six-digit one-time code's field (the browser may fill it from the SMS). */
export function OneTimeCodeInput({
  label,
  value,
  onChange,
  error,
  inline,
}: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string;
  /** Beside its button: grows, down to 120 px. */
  inline?: boolean;
}) {
  return (
    <TextInput
      label={label}
      required
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      style={inline ? { flex: '1 1 120px' } : undefined}
    />
  );
}

export interface ContactCodeRequestProps {
  purpose: CodePurpose;
  /** The catalogue section holding byPhone, byEmail, phone, email, sendCode (and, if `kindLabelled`, contactKind). */
  messages: 'privacy' | 'myCases';
  /** The kinds in the order shown. */
  kinds: readonly [ContactKind, ContactKind];
  kind: ContactKind;
  /** The page decides what another kind starts over (a code proves one contact). */
  onKindChange: (kind: ContactKind) => void;
  contact: string;
  onContactChange: (contact: string) => void;
  codeSent: boolean;
  onSent: () => void;
  /** The page's action, so a refusal shows in its alert and marks the field here. */
  action: Pick<ReturnType<typeof useAction>, 'busy' | 'fieldErrors' | 'run'>;
  /** A visible label above the kind switch. */
  kindLabelled?: boolean;
  /** The field and the button on one line, the button light from the start. */
  inline?: boolean;
  disabled?: boolean;
  /** Controls shown between the kind switch and the field (the supporter's notice channel). */
  children?: React.ReactNode;
}

/**
 * The citizen's "prove control of your phone or email" step: the kind of contact, its field (the API's refusal marks
 * it) and the request of a one-time code for the given purpose.
 */
export function ContactCodeRequest({
  purpose,
  messages,
  kinds,
  kind,
  onKindChange,
  contact,
  onContactChange,
  codeSent,
  onSent,
  action,
  kindLabelled,
  inline,
  disabled,
  children,
}: ContactCodeRequestProps) {
  const { t } = useTranslation();
  const kindLabelId = useId();
  const phone = kind === ContactKind.Phone;
  const label = (key: 'byPhone' | 'byEmail' | 'phone' | 'email' | 'sendCode' | 'contactKind') => t(`${messages}.${key}`);

  const sendCode = (event: React.FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await requestCode(purpose, { contactKind: kind, contact: contact.trim() });
      onSent();
    });
  };

  // Unlabelled, the switch spans the form's width as the field does; under its label it keeps its own width.
  const kindSwitch = (
    <SegmentedControl
      aria-labelledby={kindLabelled ? kindLabelId : undefined}
      value={kind}
      onChange={(v) => onKindChange(v as ContactKind)}
      data={kinds.map((k) => ({ value: k, label: k === ContactKind.Phone ? label('byPhone') : label('byEmail') }))}
    />
  );
  const field = (
    <TextInput
      label={phone ? label('phone') : label('email')}
      type={phone ? 'tel' : 'email'}
      inputMode={phone ? 'tel' : 'email'}
      required
      value={contact}
      onChange={(e) => onContactChange(e.currentTarget.value)}
      error={action.fieldErrors.contact}
      style={inline ? { flex: 1 } : undefined}
    />
  );
  const button = (
    <Button type="submit" variant={inline || codeSent ? 'light' : 'filled'} loading={action.busy && !codeSent} disabled={disabled}>
      {label('sendCode')}
    </Button>
  );

  return (
    <form onSubmit={sendCode} noValidate aria-label={label('sendCode')}>
      <Stack gap="sm">
        {kindLabelled ? (
          <div>
            <Text size="sm" fw={500} mb={4} id={kindLabelId}>
              {label('contactKind')}
            </Text>
            {kindSwitch}
          </div>
        ) : (
          kindSwitch
        )}
        {children}
        {inline ? (
          <Group align="end">
            {field}
            {button}
          </Group>
        ) : (
          <>
            {field}
            <Group>{button}</Group>
          </>
        )}
      </Stack>
    </form>
  );
}
