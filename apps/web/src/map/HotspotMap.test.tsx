import { act, fireEvent, screen, within } from '@testing-library/react';
import i18n from '../i18n';
import { renderUi } from '../test-utils';
import { colourBounds, colourOf, type HotspotCollection, HotspotMap, hotspotTooltip } from './HotspotMap';

const square = (lng: number, lat: number, d: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lng - d, lat - d],
      [lng + d, lat - d],
      [lng + d, lat + d],
      [lng - d, lat + d],
      [lng - d, lat - d],
    ],
  ],
});

const DATA: HotspotCollection = {
  type: 'FeatureCollection',
  from: '2026-01-01',
  to: '2026-11-30',
  asOf: '2026-11-30T03:00:00.000Z',
  resolution: 8,
  total: 1234,
  located: 900,
  minCellCount: 0,
  features: [
    {
      type: 'Feature',
      geometry: square(105.85, 21.03, 0.02),
      properties: { level: 'ward', code: 'HN-HAIBATRUNG', name: 'Phường Hai Bà Trưng', count: 1000, open: 120, overdue: 7 },
    },
    {
      type: 'Feature',
      geometry: null,
      properties: { level: 'ward', code: 'HN-X', name: 'Phường Chưa Có Ranh Giới', count: 234, open: 3, overdue: 0 },
    },
    {
      type: 'Feature',
      geometry: square(105.854, 21.028, 0.003),
      properties: { level: 'cell', cell: '88415ca89bfffff', resolution: 8, count: 600, open: 50, overdue: 2 },
    },
    {
      type: 'Feature',
      geometry: square(105.86, 21.02, 0.003),
      properties: { level: 'cell', cell: '88415ca8d3fffff', resolution: 8, count: 300, open: 10, overdue: 0 },
    },
  ],
};

describe('HotspotMap', () => {
  afterEach(() => act(() => void i18n.changeLanguage('vi')));

  it('lists the top cells with their counts in Vietnamese, as a table beside the map', () => {
    renderUi(<HotspotMap data={DATA} title="Bản đồ điểm nóng" />);
    const table = screen.getByRole('table', { name: 'Bản đồ điểm nóng: các khu vực nhiều hồ sơ nhất' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Khu vựcSố hồ sơĐang xử lýQuá hạn',
      'Ô lục giác 88415ca89b600502',
      'Ô lục giác 88415ca8d3300100',
    ]);
    expect(screen.getByRole('figure', { name: /Bản đồ điểm nóng\. 1\.234 hồ sơ trong kỳ, 900 có vị trí/ })).toBeTruthy();
  });

  it('switches to wards, including a ward without a boundary, in the table', () => {
    renderUi(<HotspotMap data={DATA} title="Bản đồ điểm nóng" />);
    fireEvent.click(screen.getByText('Theo phường, xã'));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.slice(1).map((r) => r.textContent)).toEqual(['Phường Hai Bà Trưng1.0001207', 'Phường Chưa Có Ranh Giới23430']);
  });

  it('draws each cell with a boundary coloured by its count', () => {
    const { container } = renderUi(<HotspotMap data={DATA} title="Bản đồ điểm nóng" />);
    const shapes = container.querySelectorAll('path.leaflet-interactive');
    expect(shapes).toHaveLength(2);
    const fills = [...shapes].map((p) => p.getAttribute('fill'));
    const bounds = colourBounds(600);
    expect(fills).toEqual([colourOf(600, bounds), colourOf(300, bounds)]);
    expect(fills[0]).not.toEqual(fills[1]);
  });

  it('words a tooltip in Vietnamese with the three counts', () => {
    expect(hotspotTooltip(DATA.features[2], i18n.t, new Intl.NumberFormat('vi-VN'))).toBe(
      'Ô lục giác 88415ca89b: 600 hồ sơ, 50 đang xử lý, 2 quá hạn',
    );
    expect(hotspotTooltip(DATA.features[0], i18n.t, new Intl.NumberFormat('vi-VN'))).toBe(
      'Phường Hai Bà Trưng: 1.000 hồ sơ, 120 đang xử lý, 7 quá hạn',
    );
  });

  it('names the zoom buttons in Vietnamese', () => {
    renderUi(<HotspotMap data={DATA} title="Bản đồ điểm nóng" />);
    expect(screen.getByRole('button', { name: 'Phóng to' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Thu nhỏ' })).toBeTruthy();
  });

  it('has a legend whose classes rise to the largest count', () => {
    renderUi(<HotspotMap data={DATA} title="Bản đồ điểm nóng" />);
    const legend = screen.getByTestId('hotspot-legend');
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual(['≤ 120', '121–240', '241–360', '361–480', '481–600']);
  });

  it('says the public rule when cells below a minimum are left out', () => {
    renderUi(<HotspotMap data={{ ...DATA, minCellCount: 3 }} title="Bản đồ công khai" />);
    expect(screen.getByText(/ô có dưới 3 hồ sơ không được vẽ/)).toBeTruthy();
  });
});

describe('colour classes', () => {
  it('never repeats a bound for small counts and puts the largest count in the darkest class', () => {
    expect(colourBounds(2)).toEqual([1, 2]);
    expect(colourOf(2, colourBounds(2))).toBe(colourOf(600, colourBounds(600)));
    expect(colourBounds(0)).toEqual([1]);
  });
});
