import { parseStatutoryPeriod } from './statutory-period';

describe('parseStatutoryPeriod', () => {
  it('reads a quarter, six months, nine months and a year as whole Hà Nội days', () => {
    expect(parseStatutoryPeriod('2026-Q1')).toEqual({ code: '2026-Q1', from: '2026-01-01', to: '2026-03-31', label: 'Quý I năm 2026' });
    expect(parseStatutoryPeriod('2028-Q1').to).toBe('2028-03-31');
    expect(parseStatutoryPeriod('2026-Q4')).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
    expect(parseStatutoryPeriod('2026-6M')).toMatchObject({ from: '2026-01-01', to: '2026-06-30', label: '6 tháng đầu năm 2026' });
    expect(parseStatutoryPeriod('2026-9M')).toMatchObject({ from: '2026-01-01', to: '2026-09-30', label: '9 tháng năm 2026' });
    expect(parseStatutoryPeriod('2026-Y')).toMatchObject({ from: '2026-01-01', to: '2026-12-31', label: 'Năm 2026' });
  });

  it.each(['2026-Q5', '2026-Q0', '2026-H1', '2026', '26-Q1', '1999-Y', '', undefined, 2026])(
    'refuses %p naming the field period',
    (value) => {
      expect(() => parseStatutoryPeriod(value)).toThrow(
        expect.objectContaining({ status: 422, details: [expect.objectContaining({ field: 'period' })] }),
      );
    },
  );
});
