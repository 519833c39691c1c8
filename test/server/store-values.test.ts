// The small key-value space of both stores (what notifications keep per message and per invoice):
// the same contract for MemoryStore and for two RedisStore instances on one real redis-server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MemoryStore, RedisStore } from '../../src/server/index.js';
import type { Store } from '../../src/server/stores/types.js';
import { startRedis } from './harness.js';

let redis: Awaited<ReturnType<typeof startRedis>>;
let storeA: RedisStore;
let storeB: RedisStore;
let clock = 1_000_000;
const memory = new MemoryStore({ now: () => clock });

before(async () => {
  redis = await startRedis();
  storeA = new RedisStore({ url: redis.url, prefix: 'values:' });
  storeB = new RedisStore({ url: redis.url, prefix: 'values:' });
});

after(async () => {
  await storeA?.close();
  await storeB?.close();
  await redis?.stop();
});

function contract(name: string, pair: () => [Store, Store]) {
  describe(`${name} values`, () => {
    it('writes, reads back from the other instance, and deletes', async () => {
      const [a, b] = pair();
      assert.equal(await a.getValue('k1'), null);
      assert.equal(await a.setValue('k1', 'one', 60_000), true);
      assert.equal(await b.getValue('k1'), 'one');
      assert.equal(await b.setValue('k1', 'two', 60_000), true, 'a plain write overwrites');
      assert.equal(await a.getValue('k1'), 'two');
      await b.deleteValue('k1');
      assert.equal(await a.getValue('k1'), null);
    });

    it('ifAbsent writes once across instances, and again after a delete', async () => {
      const [a, b] = pair();
      const results = await Promise.all([a.setValue('lock', 'a', 60_000, { ifAbsent: true }), b.setValue('lock', 'b', 60_000, { ifAbsent: true })]);
      assert.deepEqual(results.sort(), [false, true]);
      const holder = await a.getValue('lock');
      assert.ok(holder === 'a' || holder === 'b');
      await a.deleteValue('lock');
      assert.equal(await b.setValue('lock', 'b', 60_000, { ifAbsent: true }), true);
      assert.equal(await a.getValue('lock'), 'b');
    });
  });
}

contract('MemoryStore', () => [memory, memory]);
contract('RedisStore', () => [storeA, storeB]);

describe('MemoryStore values expire', () => {
  it('a value is gone after its ttl, and ifAbsent may write again', async () => {
    await memory.setValue('short', 'x', 1000, { ifAbsent: true });
    clock += 999;
    assert.equal(await memory.getValue('short'), 'x');
    assert.equal(await memory.setValue('short', 'y', 1000, { ifAbsent: true }), false);
    clock += 2;
    assert.equal(await memory.getValue('short'), null);
    assert.equal(await memory.setValue('short', 'y', 1000, { ifAbsent: true }), true);
  });
});

describe('RedisStore values expire', () => {
  it('sets a real TTL in Redis', async () => {
    await storeA.setValue('ttl', 'x', 50_000);
    const pttl = await storeA.client.pttl('values:kv:ttl');
    assert.ok(pttl > 0 && pttl <= 50_000, `pttl ${pttl}`);
  });
});
