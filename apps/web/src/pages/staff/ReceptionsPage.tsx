import {
  IDENTITY_DOCUMENT_LABELS,
  IdentityDocumentType,
  KIND_LABELS,
  RECEPTION_CASE_KINDS,
  RECEPTION_OUTCOME_LABELS,
  ReceptionOutcome,
  ReceptionRefusalGround,
  REFUSAL_GROUND_LABELS,
} from '@hotline/contracts';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api, download, unwrap } from '../../api/client';
import { RefSelect } from '../../components/RefSelect';
import { Empty, ErrorAlert, Loading } from '../../components/States';
import { formatDateTime, localDate } from '../../lib/format';
import { referenceData } from '../../lib/reference';
import { useAsync } from '../../lib/use-async';
import type { components } from '../../api/schema';
import { TableScroll } from '../../components/TableScroll';
import { DateField } from '../../components/DateField';

type Reception = components['schemas']['ReceptionViewDto'];
type Lang = 'vi' | 'en';

const blank = () => ({
  place: 'Trụ sở tiếp công dân',
  name: '',
  documentType: IdentityDocumentType.CitizenId as string | null,
  documentNumber: '',
  address: '',
  phone: '',
  email: '',
  peopleCount: 1 as number | string,
  content: '',
  documents: '',
  outcome: ReceptionOutcome.CaseCreated as string,
  refusalGround: null as string | null,
  guidance: '',
  caseKind: RECEPTION_CASE_KINDS[0] as string,
  caseTitle: '',
  categoryCode: null as string | null,
  areaCode: null as string | null,
  // Every box starts unticked: the officer reads the notice and ticks what the citizen said (silence is not consent).
  consentHandling: false,
  consentPublication: false,
  consentContact: false,
});

function ReceptionForm({ onSaved, onCancel }: { onSaved: (r: Reception) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  const reference = useAsync(referenceData, []);
  const [v, setV] = useState(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ReturnType<typeof blank>>(key: K, value: ReturnType<typeof blank>[K]) =>
    setV((s) => ({ ...s, [key]: value }));
  const options = <K extends string>(labels: Record<K, { vi: string; en: string }>) =>
    (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value][lang] }));

  const save = async () => {
    const found: Record<string, string> = {};
    if (v.place.trim().length < 2) found.place = t('reception.validation.place');
    if (!v.name.trim()) found['citizen.name'] = t('reception.validation.citizenName');
    if (!v.documentType) found['citizen.identityDocumentType'] = t('reception.validation.documentType');
    if (!/^[A-Za-z0-9]{6,20}$/.test(v.documentNumber.trim()))
      found['citizen.identityDocumentNumber'] = t('reception.validation.documentNumber');
    if (v.content.trim().length < 10) found.content = t('reception.validation.content');
    if (v.outcome === ReceptionOutcome.CaseCreated && (v.caseTitle.trim().length < 5 || v.caseTitle.trim().length > 200))
      found['case.title'] = t('reception.validation.caseTitle');
    if (v.outcome === ReceptionOutcome.CaseCreated && !v.consentHandling) found['consent.handling'] = t('reception.validation.consent');
    if (v.outcome === ReceptionOutcome.Refused && !v.refusalGround) found.refusalGround = t('reception.validation.refusalGround');
    if (v.outcome === ReceptionOutcome.GuidanceGiven && !v.guidance.trim()) found.guidance = t('reception.validation.guidance');
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setError(undefined);
    try {
      const saved = await unwrap(
        api.POST('/api/v1/receptions', {
          body: {
            place: v.place.trim(),
            citizen: {
              name: v.name.trim(),
              identityDocumentType: v.documentType as IdentityDocumentType,
              identityDocumentNumber: v.documentNumber.trim(),
              ...(v.address.trim() ? { address: v.address.trim() } : {}),
              ...(v.phone.trim() ? { phone: v.phone.trim() } : {}),
              ...(v.email.trim() ? { email: v.email.trim() } : {}),
            },
            peopleCount: Number(v.peopleCount) || 1,
            content: v.content.trim(),
            ...(v.documents.trim() ? { documents: v.documents.trim() } : {}),
            outcome: v.outcome as ReceptionOutcome,
            ...(v.outcome === ReceptionOutcome.Refused ? { refusalGround: v.refusalGround as ReceptionRefusalGround } : {}),
            ...(v.guidance.trim() && v.outcome !== ReceptionOutcome.CaseCreated ? { guidance: v.guidance.trim() } : {}),
            ...(v.outcome === ReceptionOutcome.CaseCreated
              ? {
                  case: {
                    kind: v.caseKind as (typeof RECEPTION_CASE_KINDS)[number],
                    title: v.caseTitle.trim(),
                    ...(v.categoryCode ? { categoryCode: v.categoryCode } : {}),
                    ...(v.areaCode ? { areaCode: v.areaCode } : {}),
                  },
                  consent: { handling: v.consentHandling, publication: v.consentPublication, contact: v.consentContact },
                }
              : {}),
          },
        }),
      );
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError && e.details.length) setErrors(e.fieldErrors);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        aria-label={t('reception.record')}
        noValidate
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('reception.record')}
          </Title>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('reception.place')}
              required
              value={v.place}
              onChange={(e) => set('place', e.currentTarget.value)}
              error={errors.place}
            />
            <NumberInput
              label={t('reception.peopleCount')}
              min={1}
              max={10000}
              value={v.peopleCount}
              onChange={(x) => set('peopleCount', x)}
              error={errors.peopleCount}
            />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('reception.citizenName')}
              required
              autoFocus
              value={v.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={errors['citizen.name']}
            />
            <Select
              label={t('reception.documentType')}
              required
              data={options(IDENTITY_DOCUMENT_LABELS)}
              value={v.documentType}
              onChange={(x) => set('documentType', x)}
              error={errors['citizen.identityDocumentType']}
            />
            <TextInput
              label={t('reception.documentNumber')}
              required
              value={v.documentNumber}
              onChange={(e) => set('documentNumber', e.currentTarget.value)}
              error={errors['citizen.identityDocumentNumber']}
            />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('reception.address')}
              value={v.address}
              onChange={(e) => set('address', e.currentTarget.value)}
              error={errors['citizen.address']}
            />
            <TextInput
              label={t('reception.phone')}
              value={v.phone}
              onChange={(e) => set('phone', e.currentTarget.value)}
              error={errors['citizen.phone']}
            />
            <TextInput
              label={t('reception.email')}
              value={v.email}
              onChange={(e) => set('email', e.currentTarget.value)}
              error={errors['citizen.email']}
            />
          </Group>
          <Textarea
            label={t('reception.content')}
            required
            autosize
            minRows={3}
            value={v.content}
            onChange={(e) => set('content', e.currentTarget.value)}
            error={errors.content}
          />
          <TextInput
            label={t('reception.documents')}
            value={v.documents}
            onChange={(e) => set('documents', e.currentTarget.value)}
            error={errors.documents}
          />
          <Select
            label={t('reception.outcome')}
            required
            data={options(RECEPTION_OUTCOME_LABELS)}
            value={v.outcome}
            onChange={(x) => set('outcome', x ?? ReceptionOutcome.CaseCreated)}
            error={errors.outcome}
          />
          {v.outcome === ReceptionOutcome.CaseCreated && (
            <Group grow align="flex-start" wrap="wrap">
              <Select
                label={t('reception.caseKind')}
                data={RECEPTION_CASE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k][lang] }))}
                value={v.caseKind}
                onChange={(x) => set('caseKind', x ?? RECEPTION_CASE_KINDS[0])}
                error={errors['case.kind']}
              />
              <TextInput
                label={t('reception.caseTitle')}
                required
                value={v.caseTitle}
                onChange={(e) => set('caseTitle', e.currentTarget.value)}
                error={errors['case.title']}
              />
              <RefSelect
                label={t('reception.category')}
                items={reference.data?.categories}
                value={v.categoryCode}
                onChange={(x) => set('categoryCode', x)}
                error={errors['case.categoryCode']}
              />
              <RefSelect
                label={t('reception.area')}
                items={reference.data?.areas}
                value={v.areaCode}
                onChange={(x) => set('areaCode', x)}
                error={errors['case.areaCode']}
              />
            </Group>
          )}
          {v.outcome === ReceptionOutcome.CaseCreated && (
            <Stack gap={6}>
              <Checkbox
                label={t('consent.operatorHandling')}
                checked={v.consentHandling}
                onChange={(e) => set('consentHandling', e.currentTarget.checked)}
                error={errors['consent.handling']}
                aria-invalid={!!errors['consent.handling']}
              />
              <Checkbox
                label={t('consent.operatorPublication')}
                checked={v.consentPublication}
                onChange={(e) => set('consentPublication', e.currentTarget.checked)}
              />
              <Checkbox
                label={t('consent.operatorContact')}
                checked={v.consentContact}
                onChange={(e) => set('consentContact', e.currentTarget.checked)}
              />
            </Stack>
          )}
          {v.outcome === ReceptionOutcome.Refused && (
            <Select
              label={t('reception.refusalGround')}
              required
              data={options(REFUSAL_GROUND_LABELS)}
              value={v.refusalGround}
              onChange={(x) => set('refusalGround', x)}
              error={errors.refusalGround}
            />
          )}
          {v.outcome !== ReceptionOutcome.CaseCreated && (
            <Textarea
              label={t('reception.guidance')}
              required={v.outcome === ReceptionOutcome.GuidanceGiven}
              autosize
              minRows={2}
              value={v.guidance}
              onChange={(e) => set('guidance', e.currentTarget.value)}
              error={errors.guidance}
            />
          )}
          <ErrorAlert error={error} />
          <Group>
            <Button type="submit" loading={busy}>
              {t('reception.save')}
            </Button>
            <Button variant="subtle" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

const monthStart = () => `${localDate(new Date()).slice(0, 8)}01`;

/** The walk-in reception register: record a reception, list and print the register of a period. */
export function ReceptionsPage() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  const [from, setFrom] = useState(monthStart);
  const [to, setTo] = useState(() => localDate(new Date()));
  const [recording, setRecording] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [version, setVersion] = useState(0);
  const list = useAsync(() => unwrap(api.GET('/api/v1/receptions', { params: { query: { from, to } } })), [from, to, version]);
  const register = (format: 'pdf' | 'xlsx') =>
    download(`/api/v1/receptions/register?format=${format}&from=${from}&to=${to}`, `so-tiep-cong-dan.${format}`).catch(setError);

  const outcomeText = (r: Reception) =>
    r.refusalGround
      ? `${RECEPTION_OUTCOME_LABELS[r.outcome][lang]}: ${REFUSAL_GROUND_LABELS[r.refusalGround][lang]}`
      : RECEPTION_OUTCOME_LABELS[r.outcome][lang];

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>{t('reception.heading')}</Title>
          <Text size="sm" c="dimmed">
            {t('reception.intro')}
          </Text>
        </div>
        {!recording && <Button onClick={() => setRecording(true)}>{t('reception.record')}</Button>}
      </Group>
      {notice && (
        <Alert color="green" withCloseButton onClose={() => setNotice(undefined)}>
          {notice}
        </Alert>
      )}
      {recording && (
        <ReceptionForm
          onCancel={() => setRecording(false)}
          onSaved={(r) => {
            setRecording(false);
            setNotice(
              r.caseTrackingCode
                ? t('reception.savedCase', { no: r.registerNo, code: r.caseTrackingCode })
                : t('reception.saved', { no: r.registerNo }),
            );
            setVersion((n) => n + 1);
          }}
        />
      )}
      <Group align="flex-end">
        <DateField label={t('reception.from')} value={from} onChange={setFrom} />
        <DateField label={t('reception.to')} value={to} onChange={setTo} />
        <Button variant="light" onClick={() => void register('pdf')}>
          {t('reception.pdf')}
        </Button>
        <Button variant="light" onClick={() => void register('xlsx')}>
          {t('reception.xlsx')}
        </Button>
      </Group>
      <ErrorAlert error={error ?? list.error} />
      {list.loading ? (
        <Loading />
      ) : list.data && list.data.length === 0 ? (
        <Empty>{t('reception.empty')}</Empty>
      ) : (
        list.data && (
          <TableScroll label={t('reception.heading')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reception.no')}</Table.Th>
                  <Table.Th>{t('reception.receivedAt')}</Table.Th>
                  <Table.Th>{t('reception.citizenName')}</Table.Th>
                  <Table.Th>{t('reception.peopleCount')}</Table.Th>
                  <Table.Th>{t('reception.content')}</Table.Th>
                  <Table.Th>{t('reception.outcome')}</Table.Th>
                  <Table.Th>{t('reception.case')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.registerNo}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.receivedAt, i18n.language)}</Table.Td>
                    <Table.Td>
                      {r.citizenName}
                      <Text size="xs" c="dimmed">
                        {IDENTITY_DOCUMENT_LABELS[r.identityDocumentType][lang]}: {r.identityDocumentNumber}
                      </Text>
                    </Table.Td>
                    <Table.Td>{r.peopleCount}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {r.content}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{outcomeText(r)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {r.caseId && (
                        <Anchor component={Link} to={`/staff/cases/${r.caseId}`}>
                          {r.caseTrackingCode}
                        </Anchor>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )
      )}
    </Stack>
  );
}
