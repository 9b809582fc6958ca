import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderUi } from '../../test-utils';
import { Calendar } from './AdminPage';

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

/** The API as the calendar page meets it: GET answers the year's days as the API's document declares them, PUT echoes the day. */
function fakeApi(): Sent[] {
  const sent: Sent[] = [];
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const body = request.method === 'PUT' ? await request.json() : undefined;
    sent.push({ method: request.method, path: url.pathname + url.search, body });
    if (request.method === 'PUT')
      return Response.json({ date: url.pathname.split('/').pop(), source: null, verified: false, ...(body as object) });
    const year = Number(url.searchParams.get('year'));
    return Response.json({
      year,
      source: 'entered',
      days: [
        { date: `${year}-01-01`, working: false, kind: 'holiday', name: 'Tết Dương lịch', source: null, verified: true },
        { date: `${year}-01-03`, working: true, kind: 'make_up_working_day', name: 'Làm bù ngày 02/01', source: null, verified: true },
      ],
    });
  }) as typeof fetch;
  return sent;
}

describe('the admin holiday calendar', () => {
  it('shows each day’s type as the API names it', async () => {
    fakeApi();
    renderUi(<Calendar canEdit={false} />);
    expect(await screen.findByText('Tết Dương lịch')).toBeTruthy();
    expect(screen.getByText('Nghỉ lễ')).toBeTruthy();
    expect(screen.getByText('01/01/2026')).toBeTruthy();
    expect(screen.getByText('Làm bù')).toBeTruthy();
    expect(screen.queryByText(/dayType/i)).toBeNull();
  });

  it('adds a day by sending its kind, then shows the year again', async () => {
    const sent = fakeApi();
    renderUi(<Calendar canEdit />);
    await screen.findByText('Tết Dương lịch');
    fireEvent.change(screen.getByRole('textbox', { name: 'Ngày' }), { target: { value: '01/09/2026' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Tên' }), { target: { value: 'Nghỉ lễ Quốc khánh' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm ngày' }));
    await waitFor(() => expect(sent.filter((s) => s.method === 'GET')).toHaveLength(2));
    expect(sent.filter((s) => s.method === 'PUT')).toEqual([
      { method: 'PUT', path: '/api/v1/admin/calendar/2026-09-01', body: { kind: 'holiday', name: 'Nghỉ lễ Quốc khánh', working: false } },
    ]);
  });
});
