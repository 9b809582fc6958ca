import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { parseDayMonthYear } from '../lib/format';
import { renderUi } from '../test-utils';
import { DateField } from './DateField';

function Harness({ initial, seen }: { initial: string; seen: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="Từ ngày"
      value={value}
      onChange={(v) => {
        seen.push(v);
        setValue(v);
      }}
    />
  );
}

/** A page that hands the field's value back late, as a router navigation (a transition) can under load. */
function LateHarness({ control }: { control: { deliver?: () => void; reset?: () => void } }) {
  const [value, setValue] = useState('2026-03-04');
  const pending: string[] = [];
  control.deliver = () => act(() => setValue(pending.at(-1) ?? value));
  control.reset = () => act(() => setValue('2026-01-01'));
  return <DateField label="Từ ngày" value={value} onChange={(v) => pending.push(v)} />;
}

describe('DateField', () => {
  it('shows the date as dd/mm/yyyy, with a Vietnamese hint when empty', () => {
    renderUi(<Harness initial="2026-11-20" seen={[]} />);
    const input = screen.getByLabelText('Từ ngày') as HTMLInputElement;
    expect(input.value).toBe('20/11/2026');
    expect(input.placeholder).toBe('ngày/tháng/năm');
  });

  it('takes a date typed as dd/mm/yyyy and hands it on as YYYY-MM-DD', () => {
    const seen: string[] = [];
    renderUi(<Harness initial="" seen={seen} />);
    const input = screen.getByLabelText('Từ ngày');
    fireEvent.change(input, { target: { value: '5/1/2026' } });
    fireEvent.change(input, { target: { value: '05/01/2026' } });
    expect(seen).toEqual(['2026-01-05']);
    fireEvent.change(input, { target: { value: '' } });
    expect(seen).toEqual(['2026-01-05', '']);
  });

  it('refuses a day that is not in the calendar and says how to write one, in Vietnamese', () => {
    const seen: string[] = [];
    renderUi(<Harness initial="" seen={seen} />);
    const input = screen.getByLabelText('Từ ngày');
    fireEvent.change(input, { target: { value: '31/02/2026' } });
    fireEvent.blur(input);
    expect(seen).toEqual([]);
    expect(screen.getByText('Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 20/11/2026')).toBeTruthy();
  });

  it('reads dd/mm/yyyy, never mm/dd/yyyy', () => {
    expect(parseDayMonthYear('12/03/2026')).toBe('2026-03-12');
    expect(parseDayMonthYear('03/13/2026')).toBeNull();
    expect(parseDayMonthYear('29/02/2028')).toBe('2028-02-29');
    expect(parseDayMonthYear('2026-03-12')).toBeNull();
  });

  it('keeps what was typed when its own earlier value comes back late, and redraws for a value from elsewhere', () => {
    const control: { deliver?: () => void; reset?: () => void } = {};
    renderUi(<LateHarness control={control} />);
    const input = screen.getByLabelText('Từ ngày') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '15/03/2026' } });
    fireEvent.change(input, { target: { value: '03/15/2026' } });
    fireEvent.blur(input);
    expect(screen.getByText(/^Ngày không hợp lệ/)).toBeTruthy();
    control.deliver!();
    expect(input.value).toBe('03/15/2026');
    expect(screen.getByText(/^Ngày không hợp lệ/)).toBeTruthy();
    control.reset!();
    expect(input.value).toBe('01/01/2026');
    expect(screen.queryByText(/^Ngày không hợp lệ/)).toBeNull();
  });
});
