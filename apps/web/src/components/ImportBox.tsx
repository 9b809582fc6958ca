import { Alert, Anchor, Button, FileInput, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, CASE_TEXT_HINTS, fieldMessage, formData, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { ErrorAlert } from './States';
import { TableScroll } from './TableScroll';

type ImportStatus = components['schemas']['ImportStatusDto'];

/**
 * The columns the import reads (Vietnamese names; English names are accepted too), by the petition field each fills
 * (the API names a problem's field so). No template endpoint: we make the CSV here.
 */
const IMPORT_FIELDS = {
  kind: 'Loại',
  title: 'Tiêu đề',
  description: 'Nội dung',
  categoryCode: 'Lĩnh vực',
  areaCode: 'Địa bàn',
  address: 'Địa chỉ',
  citizenName: 'Cử tri',
  phone: 'Điện thoại',
  email: 'Email',
} as const;
export const IMPORT_COLUMNS: string[] = Object.values(IMPORT_FIELDS);
/** A problem's column as the sheet names it; a field outside the sheet's columns as the API gave it. */
const columnOf = (field: string): string => (IMPORT_FIELDS as Record<string, string>)[field] ?? field;
const EXAMPLE = [
  'Kiến nghị',
  'Đề nghị lắp đèn chiếu sáng ngõ 25',
  'Ngõ 25 không có đèn chiếu sáng, buổi tối rất nguy hiểm.',
  '',
  '',
  'Ngõ 25 phố Huế',
  'Nguyễn Văn An',
  '0912345678',
  '',
];
const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function templateCsv(): string {
  return `\ufeff${IMPORT_COLUMNS.map(csvCell).join(',')}\r\n${EXAMPLE.map(csvCell).join(',')}\r\n`;
}

function downloadTemplate() {
  const url = URL.createObjectURL(new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'mau-kien-nghi-cu-tri.csv';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const finished = (s: ImportStatus | undefined) => s?.status === 'done' || s?.status === 'failed';

/** Uploads an XLSX/CSV of petitions, follows the queued import with a progress bar, then shows the rows it refused. */
export function ImportBox({ meetingId, onFinished, pollMs = 1000 }: { meetingId: string; onFinished: () => void; pollMs?: number }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<ImportStatus>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const poll = (importId: string) => {
    timer.current = setTimeout(async () => {
      try {
        const s = await unwrap(
          api.GET('/api/v1/voter-meetings/{id}/imports/{importId}', { params: { path: { id: meetingId, importId } } }),
        );
        setStatus(s);
        if (finished(s)) onFinished();
        else poll(importId);
      } catch (e) {
        setError(e);
      }
    }, pollMs);
  };

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setStatus(undefined);
    try {
      const started = await unwrap(
        api.POST('/api/v1/voter-meetings/{id}/imports', { params: { path: { id: meetingId } }, body: { file }, bodySerializer: formData }),
      );
      setStatus(started);
      if (finished(started)) onFinished();
      else poll(started.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const running = status && !finished(status);
  const fileError = error instanceof ApiError ? error.fieldErrors.file : undefined;
  const values = (row: number) =>
    Object.values(status?.rejectedRows[String(row)] ?? {})
      .filter(Boolean)
      .join(' · ');
  return (
    <Stack gap="xs">
      <Text size="sm">{t('meeting.importColumns', { columns: IMPORT_COLUMNS.join(', ') })}</Text>
      <Anchor component="button" type="button" size="sm" onClick={downloadTemplate} ta="left">
        {t('meeting.template')}
      </Anchor>
      <Group align="flex-end" wrap="wrap">
        <FileInput
          label={t('meeting.importFile')}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={setFile}
          clearable
          miw={240}
          style={{ flex: 1 }}
          error={fileError}
        />
        <Button onClick={() => void upload()} loading={busy} disabled={!file || !!running}>
          {t('meeting.importButton')}
        </Button>
      </Group>
      {!fileError && <ErrorAlert error={error} />}
      {status && (
        <Stack gap={6} data-testid="import-status" aria-live="polite">
          <Progress
            value={status.progress}
            animated={!!running}
            size="lg"
            aria-label={t('meeting.importHeading')}
            color={status.status === 'failed' ? 'red' : undefined}
          />
          <Text size="sm" role="status">
            {status.status === 'queued'
              ? t('meeting.importQueued')
              : status.status === 'running'
                ? t('meeting.importRunning', { processed: status.processedRows, total: status.totalRows })
                : status.status === 'failed'
                  ? t('meeting.importFailed', { reason: status.failure ?? '' })
                  : t('meeting.importDone', { imported: status.importedRows, total: status.totalRows })}
          </Text>
          {status.status === 'done' && status.problems.length === 0 && <Alert color="teal">{t('meeting.allImported')}</Alert>}
          {status.status === 'done' && status.problems.length > 0 && (
            <div data-testid="import-report">
              <Title order={4} size="h5" c="red.8" mb={4}>
                {t('meeting.problemsHeading', {
                  count: Object.keys(status.rejectedRows).length || new Set(status.problems.map((p) => p.row)).size,
                })}
              </Title>
              <TableScroll label={t('meeting.importHeading')}>
                <Table striped withTableBorder style={{ minWidth: 560 }}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('meeting.problemRow')}</Table.Th>
                      <Table.Th>{t('meeting.problemField')}</Table.Th>
                      <Table.Th>{t('meeting.problemMessage')}</Table.Th>
                      <Table.Th>{t('meeting.problemValue')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {status.problems.map((p, i) => (
                      <Table.Tr key={`${p.row}-${p.field}-${i}`}>
                        <Table.Td>{p.row}</Table.Td>
                        <Table.Td>{columnOf(p.field)}</Table.Td>
                        <Table.Td>{fieldMessage(p, CASE_TEXT_HINTS)}</Table.Td>
                        <Table.Td>
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {values(p.row)}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            </div>
          )}
        </Stack>
      )}
    </Stack>
  );
}
