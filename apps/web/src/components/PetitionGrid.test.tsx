import { fireEvent, screen } from '@testing-library/react';
import { renderUi } from '../test-utils';
import { blankRow, errorsByCell, PetitionGrid, toBatch, withTrailingRow } from './PetitionGrid';
import { templateCsv } from './ImportBox';

const row = (over: Partial<ReturnType<typeof blankRow>>) => ({ ...blankRow(), ...over });

describe('PetitionGrid', () => {
  it('keeps one empty row at the end', () => {
    expect(withTrailingRow([])).toHaveLength(1);
    expect(withTrailingRow([blankRow()])).toHaveLength(1);
    expect(withTrailingRow([row({ title: 'x' })])).toHaveLength(2);
  });

  it('sends only the filled rows, optional cells only when given, and maps the API problems back to grid rows', () => {
    const rows = [
      row({ title: ' Đèn ngõ 25 ', description: 'Ngõ 25 rất tối', phone: '0912 345 678' }),
      blankRow(),
      row({ title: 'Cống tổ 7', description: 'Cống tắc', categoryCode: 'GTHT' }),
      blankRow(),
    ];
    const { petitions, index } = toBatch(rows);
    expect(petitions).toEqual([
      { title: 'Đèn ngõ 25', description: 'Ngõ 25 rất tối', phone: '0912345678' },
      { title: 'Cống tổ 7', description: 'Cống tắc', categoryCode: 'GTHT' },
    ]);
    expect(index).toEqual([0, 2]);
    expect(
      errorsByCell(
        [
          { field: 'petitions.1.categoryCode', message: 'Unknown category "GTHT"' },
          { field: 'petitions.1.email', message: 'email must be an email address' },
          { field: 'petitions.0.title', message: 'title must be 5-200 characters' },
        ],
        index,
      ),
    ).toEqual({
      2: { categoryCode: 'Giá trị này chưa hợp lệ.', row: 'Địa chỉ thư điện tử chưa đúng.' },
      0: { title: 'Tiêu đề cần từ 5 đến 200 ký tự.' },
    });
  });

  it('adds a row when the last one gets text, and Enter moves to the next cell, then to the next row', () => {
    renderUi(<PetitionGrid meetingId="m" categories={[]} onAdded={() => undefined} />);
    const title1 = screen.getByRole('textbox', { name: 'Tiêu đề 1' });
    expect(screen.queryByRole('textbox', { name: 'Tiêu đề 2' })).toBeNull();
    fireEvent.change(title1, { target: { value: 'Đề nghị lắp đèn' } });
    expect(screen.getByRole('textbox', { name: 'Tiêu đề 2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Gửi 1 kiến nghị/ })).toBeTruthy();
    title1.focus();
    fireEvent.keyDown(title1, { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Nội dung 1' }));
    const phone1 = screen.getByRole('textbox', { name: 'Điện thoại 1' });
    phone1.focus();
    fireEvent.keyDown(phone1, { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Tiêu đề 2' }));
  });

  it('offers a template whose header the import reads', () => {
    expect(templateCsv().split('\r\n')[0]).toBe('\ufeffLoại,Tiêu đề,Nội dung,Lĩnh vực,Địa bàn,Địa chỉ,Cử tri,Điện thoại,Email');
  });
});
