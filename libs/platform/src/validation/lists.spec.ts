import { commaList } from './lists';

describe('commaList', () => {
  it('splits a comma-separated query value into trimmed, non-empty items', () => {
    expect(commaList({ value: ' new, routed ,,answered' })).toEqual(['new', 'routed', 'answered']);
  });

  it('leaves a value that is not a string as it came, for the validators to judge', () => {
    expect(commaList({ value: ['new'] })).toEqual(['new']);
    expect(commaList({ value: undefined })).toBeUndefined();
  });
});
