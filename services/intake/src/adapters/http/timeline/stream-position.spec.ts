import { formatStreamPosition, parseStreamPosition } from './stream-position';

describe('a live stream position (Last-Event-ID)', () => {
  it('reads back what it wrote: the last entry and the last decision change, each as transaction and row', () => {
    const id = formatStreamPosition({ tx: '987650', id: '1042' }, { tx: '987654', id: '17' });
    expect(id).toBe('987650:1042:987654:17');
    expect(parseStreamPosition(id)).toEqual({ entry: { tx: '987650', id: '1042' }, decision: { tx: '987654', id: '17' } });
  });

  it('takes a bare number from a timeline-only client as an entry id', () => {
    expect(parseStreamPosition('1042')).toEqual({ entryId: '1042' });
  });

  it('ignores anything else, so the stream starts from now', () => {
    for (const id of [undefined, '', 'abc', '1:2', '1:2:3', '1:2:3:x', '-1:2:3:4', '99999999999999999999:1:2:3', "1:2:3:4'; DROP TABLE x"]) expect(parseStreamPosition(id)).toEqual({});
  });
});
