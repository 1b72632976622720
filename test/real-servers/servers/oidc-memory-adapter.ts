// The storage an oidc-provider deployment must supply (its built-in one is for quick starts and warns
// so): records in memory that vanish when they expire, as a Redis or SQL store with a TTL does.
import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Stored {
  payload: AdapterPayload;
  expiresAt: number;
}

export function memoryAdapter(): AdapterFactory {
  const models = new Map<string, Map<string, Stored>>();
  return (name: string): Adapter => {
    const records = models.get(name) ?? new Map<string, Stored>();
    models.set(name, records);
    const live = (id: string) => {
      const stored = records.get(id);
      if (stored && stored.expiresAt <= Date.now()) records.delete(id);
      return records.get(id)?.payload;
    };
    const findBy = (key: 'uid' | 'userCode', value: string) =>
      [...records.keys()].map(live).find((payload) => payload?.[key] === value);
    return {
      upsert: async (id, payload, expiresIn) =>
        void records.set(id, { payload, expiresAt: Date.now() + expiresIn * 1000 }),
      find: async (id) => live(id),
      findByUid: async (uid) => findBy('uid', uid),
      findByUserCode: async (userCode) => findBy('userCode', userCode),
      consume: async (id) => {
        const payload = live(id);
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      destroy: async (id) => void records.delete(id),
      revokeByGrantId: async (grantId) => {
        for (const [id, { payload }] of records) if (payload.grantId === grantId) records.delete(id);
      },
    };
  };
}
