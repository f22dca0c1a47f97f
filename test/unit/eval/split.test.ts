import assert from 'node:assert/strict';
import { fnv1a, halfOf } from '../../eval/lib/split';

describe('eval split of the time-expression sets', () => {
  it('hashes with FNV-1a (32 bit), as published test vectors give', () => {
    assert.equal(fnv1a(''), 0x811c9dc5);
    assert.equal(fnv1a('a'), 0xe40c292c);
    assert.equal(fnv1a('foobar'), 0xbf9cf968);
  });

  it('puts a document in one half, the same one every time, by the parity of its hash', () => {
    for (const id of ['wsj_0027.tml', 'APW19980219.0476.tml', '3307_Airbus_launches_world_largest_passenger_plane']) {
      assert.equal(halfOf(id), fnv1a(id) % 2 === 0 ? 'tune' : 'held-out');
    }
    const halves = new Set(Array.from({ length: 40 }, (_, i) => halfOf(`doc-${i}`)));
    assert.deepEqual([...halves].sort(), ['held-out', 'tune']);
  });
});
