import { Anchor, Badge, Card, Container, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Empty, ErrorAlert, Loading } from '../../components/States';
import { formatDate, refName } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { TableScroll } from '../../components/TableScroll';
import { Thumbnail } from '../../components/Thumbnail';
import { HotspotMap } from '../../map/HotspotMap';

/** The document types a nullable percent loosely; it is a number or null. */
const pct = (rate: { percent?: unknown }) => (typeof rate.percent === 'number' ? `${rate.percent}%` : '—');

export function DisclosurePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [page, setPage] = useState(1);
  const { data, error, loading } = useAsync(
    () => unwrap(api.GET('/api/v1/public/disclosure', { params: { query: { page, pageSize: 10 } } })),
    [page],
  );
  const hotspots = useAsync(() => unwrap(api.GET('/api/v1/public/hotspots')), []);
  return (
    <Container size="lg" px={0}>
      <Title order={2} mb="xs">
        {t('disclosure.heading')}
      </Title>
      <ErrorAlert error={error} />
      {loading && <Loading />}
      {data && (
        <Stack>
          <Text c="dimmed">
            {t('disclosure.intro', { from: formatDate(data.from, i18n.language), to: formatDate(data.to, i18n.language) })}
          </Text>
          <TableScroll label={t('disclosure.heading')}>
            <Table striped highlightOnHover miw={560} aria-label={t('disclosure.heading')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('disclosure.agency')}</Table.Th>
                  <Table.Th ta="right">{t('disclosure.received')}</Table.Th>
                  <Table.Th ta="right">{t('disclosure.answered')}</Table.Th>
                  <Table.Th ta="right">{t('disclosure.onTime')}</Table.Th>
                  <Table.Th ta="right">{t('disclosure.satisfaction')}</Table.Th>
                  <Table.Th ta="right">{t('disclosure.overdue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.agencies.map((a, i) => (
                  <Table.Tr key={a.agency?.code ?? i}>
                    <Table.Td>
                      {a.agency ? refName(a.agency, lang) : t('unset.agency')}{' '}
                      {a.smallSample && (
                        <Badge size="xs" color="gray" variant="outline">
                          {t('disclosure.smallSample')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{a.received}</Table.Td>
                    <Table.Td ta="right">{a.answered}</Table.Td>
                    <Table.Td ta="right">{pct(a.answeredOnTime)}</Table.Td>
                    <Table.Td ta="right">{pct(a.satisfaction)}</Table.Td>
                    <Table.Td ta="right">{a.overdueOpen}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {data.agencies.length === 0 && <Empty />}
          <ErrorAlert error={hotspots.error} />
          {hotspots.data && <HotspotMap data={hotspots.data} title={t('hotspots.publicTitle')} />}
          <Title order={3}>{t('disclosure.answers')}</Title>
          {data.answers.items.length === 0 && <Empty />}
          {data.answers.items.map((a) => (
            <Card key={a.trackingCode} withBorder>
              <Text size="xs" c="dimmed" className="mono">
                {a.trackingCode} · {formatDate(a.answeredAt, lang)} · {refName(a.agency, lang)}
              </Text>
              <Text fw={600}>{a.title}</Text>
              <Text size="sm" className="pre-wrap">
                {a.answer}
              </Text>
              {a.attachments.map((file) =>
                file.thumbnail ? (
                  <Thumbnail
                    key={file.id}
                    fileName={file.fileName}
                    src={`/api/v1/public/attachments/${file.id}/thumbnail`}
                    href={`/api/v1/public/attachments/${file.id}`}
                  />
                ) : (
                  <Anchor key={file.id} size="sm" href={`/api/v1/public/attachments/${file.id}`}>
                    {file.fileName}
                  </Anchor>
                ),
              )}
            </Card>
          ))}
          {data.answers.total > data.answers.pageSize && (
            <Pagination total={Math.ceil(data.answers.total / data.answers.pageSize)} value={page} onChange={setPage} />
          )}
        </Stack>
      )}
    </Container>
  );
}
