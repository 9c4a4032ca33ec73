import { formatStreamPosition, parseStreamPosition } from './stream-position';

describe('a live stream position (Last-Event-ID)', () => {
  it('reads back what it wrote: the last entry and the last decision change', () => {
    const id = formatStreamPosition('1042', { tx: '987654', id: '17' });
    expect(id).toBe('1042:987654:17');
    expect(parseStreamPosition(id)).toEqual({ entry: '1042', decision: { tx: '987654', id: '17' } });
  });

  it('takes a bare number from a timeline-only client as the entry alone', () => {
    expect(parseStreamPosition('1042')).toEqual({ entry: '1042' });
  });

  it('ignores anything else, so the stream starts from now', () => {
    for (const id of [undefined, '', 'abc', '1:2', '1:2:x', '-1:2:3', '1:99999999999999999999:3', "1:2:3'; DROP TABLE x"]) expect(parseStreamPosition(id)).toEqual({});
  });
});
