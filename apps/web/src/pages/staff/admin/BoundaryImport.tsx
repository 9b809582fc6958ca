import { Alert, Button, Checkbox, FileInput, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, fieldMessage, unwrap } from '../../../api/client';
import { ErrorAlert } from '../../../components/States';
import { clearReferenceCache } from '../../../lib/reference';

interface AreaRow {
  id: string;
  code: string;
  name: string;
  nameEn: string;
}

interface Props {
  areas: AreaRow[];
  onDone: () => void;
}

type Problem = { field: string; code?: string; message: string };

/**
 * An administrator's upload of area boundaries: a GeoJSON FeatureCollection whose features name their area by
 * `properties.code`, or one geometry (or Feature) for the area chosen here. The server checks everything and writes
 * all or nothing; its problems are listed by feature.
 */
export function BoundaryImport({ areas, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [areaId, setAreaId] = useState<string | null>(null);
  const [approximate, setApproximate] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<unknown>();
  const [local, setLocal] = useState<string | null>(null);
  const [updated, setUpdated] = useState<string[] | null>(null);

  const send = async () => {
    setProblems([]);
    setError(undefined);
    setLocal(null);
    setUpdated(null);
    if (!file) return setLocal(t('boundaryImport.chooseFile'));
    let json: { type?: string; geometry?: unknown; features?: unknown[] };
    try {
      json = JSON.parse(await file.text());
    } catch {
      return setLocal(t('boundaryImport.notJson'));
    }
    const single = json.type === 'Feature' ? json.geometry : json.type === 'FeatureCollection' ? null : json;
    if (single !== null && !areaId) return setLocal(t('boundaryImport.chooseArea'));
    setBusy(true);
    try {
      const result =
        single === null
          ? await unwrap(
              api.POST('/api/v1/admin/areas/boundaries', {
                body: { ...(json as { type: 'FeatureCollection'; features: Record<string, never>[] }), approximate },
              }),
            )
          : await unwrap(
              api.PUT('/api/v1/admin/areas/{id}/boundary', {
                params: { path: { id: areaId! } },
                body: { geometry: single as { type: 'Polygon'; coordinates: unknown[] }, approximate },
              }),
            );
      setUpdated(result.updated);
      clearReferenceCache();
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.details.length) setProblems(e.details as Problem[]);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" data-testid="boundary-import">
      <Title order={3} size="h5">
        {t('boundaryImport.heading')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('boundaryImport.intro')}
      </Text>
      <Group align="flex-end">
        <FileInput
          label={t('boundaryImport.file')}
          accept=".geojson,.json,application/geo+json,application/json"
          value={file}
          onChange={setFile}
          clearable
          w={280}
        />
        <Select
          label={t('boundaryImport.area')}
          description={t('boundaryImport.areaHint')}
          data={areas.map((a) => ({ value: a.id, label: `${a.code} — ${i18n.language === 'en' ? a.nameEn : a.name}` }))}
          value={areaId}
          onChange={setAreaId}
          searchable
          clearable
          w={320}
        />
      </Group>
      <Checkbox label={t('boundaryImport.approximate')} checked={approximate} onChange={(e) => setApproximate(e.currentTarget.checked)} />
      <Group>
        <Button onClick={() => void send()} loading={busy}>
          {t('boundaryImport.button')}
        </Button>
      </Group>
      {local && (
        <Alert color="red" role="alert">
          {local}
        </Alert>
      )}
      <ErrorAlert error={error} />
      {problems.length > 0 && (
        <Alert color="red" role="alert" title={t('boundaryImport.refused')}>
          <List size="sm">
            {problems.map((p, i) => (
              <List.Item key={i}>
                <span className="mono">{p.field}</span>: {fieldMessage(p)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {updated && (
        <Alert color="green" role="status">
          {t('boundaryImport.done', { count: updated.length, codes: updated.join(', ') })}
        </Alert>
      )}
    </Stack>
  );
}
