import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseHar } from '../har/diagnose-har';
import { parseHar } from '../har/parse-har';
import { entryRecord } from './entry-record';
import { exampleBlob, readingOf } from './testing/read-example';

const examples = readdirSync(resolve(process.cwd(), 'examples')).filter((name) => name.endsWith('.har'));

describe("records from a HAR: the CLI's diagnosis, in the cards' shape", () => {
  it.each(examples)('%s: one record per refused entry, at its index, with its ranked causes', async (name) => {
    const cli = diagnoseHar(parseHar(readFileSync(resolve(process.cwd(), 'examples', name), 'utf8')));
    const reading = await readingOf(exampleBlob(name));
    if (reading.kind !== 'done') throw new Error(`${name}: ${reading.kind}`);
    const records = reading.entries;
    expect(records.map((entry) => entry.index)).toEqual(cli.map((entry) => entry.index));
    expect(records.map((entry) => entry.record.diagnosis.causes.map((cause) => cause.id))).toEqual(
      cli.map((entry) => entry.diagnosis.causes.map((cause) => cause.id)),
    );
  });

  it('the record says what the request line shows: method, redacted URL, status, time; one count', async () => {
    const [entry] = diagnoseHar(parseHar(readFileSync(resolve(process.cwd(), 'examples/expired-jwt.har'), 'utf8')));
    if (!entry) throw new Error('no refusal');
    const { request, response } = entry.diagnosis.facts;
    expect(entryRecord(entry)).toMatchObject({
      index: entry.index,
      record: {
        key: String(entry.index),
        method: request.method,
        url: request.url,
        status: response.status,
        count: 1,
        firstAt: Date.parse(entry.startedDateTime),
        lastAt: Date.parse(entry.startedDateTime),
      },
    });
  });
});
