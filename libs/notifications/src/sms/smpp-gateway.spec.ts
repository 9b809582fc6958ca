import { parseReceipt } from './smpp-gateway';

describe('SMPP delivery receipts', () => {
  it('reads the message id and final state from the TLVs when the SMSC sends them', () => {
    expect(parseReceipt({ receipted_message_id: 'abc', message_state: 2, short_message: '' })).toEqual({
      messageId: 'abc',
      delivered: true,
      state: 'DELIVRD',
    });
    expect(parseReceipt({ receipted_message_id: 'abc', message_state: 5 })).toMatchObject({ delivered: false, state: 'UNDELIV' });
  });

  it('reads them from the receipt text (SMPP 3.4 Appendix B) otherwise', () => {
    const text = 'id:7F3A sub:001 dlvrd:000 submit date:2612021200 done date:2612021300 stat:EXPIRED err:000 text:';
    expect(parseReceipt({ short_message: { message: text } })).toEqual({ messageId: '7F3A', delivered: false, state: 'EXPIRED' });
  });

  it('ignores a deliver_sm that is no receipt', () => {
    expect(parseReceipt({ short_message: { message: 'hello' } })).toBeNull();
  });
});
