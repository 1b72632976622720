// Real Diagnoses for component tests: the rule module over the shared scenario fixtures, stored the
// way the background worker stores them.
import { loadScenarios } from '../../../test/fixtures/load-scenarios';
import { resolve } from 'node:path';
import { diagnose } from '../../rules/index';
import { scenarioExchange } from '../../rules/testing/scenario-exchange';
import { STORAGE_VERSION, type ObservationRecord, type TabState } from '../../shared/storage-schema';

// happy-dom gives modules an http: import.meta.url, so the fixture folder is found from the cwd.
const scenarios = loadScenarios(resolve(process.cwd(), 'test/fixtures/scenarios'));

export function scenarioRecord(id: string, count = 1): ObservationRecord {
  const scenario = scenarios.find((candidate) => candidate.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  const exchange = scenarioExchange(scenario);
  const diagnosis = diagnose(exchange, scenario.context);
  const cause = diagnosis.causes[0]?.id ?? 'unknown';
  return {
    key: `${exchange.method} ${exchange.url} ${cause}`,
    url: diagnosis.facts.request.url,
    method: exchange.method,
    status: exchange.status,
    resourceType: diagnosis.facts.request.resourceType,
    count,
    firstAt: exchange.startedAt,
    lastAt: exchange.startedAt,
    diagnosis,
  };
}

export function scenarioState(ids: readonly string[], tabId = 7): TabState {
  const records = ids.map((id) => scenarioRecord(id));
  return {
    version: STORAGE_VERSION,
    tabId,
    pageUrl: 'http://127.0.0.1:8080/',
    total: records.reduce((n, r) => n + r.count, 0),
    records,
  };
}

export function scenarioIds(): string[] {
  return scenarios.map((scenario) => scenario.id);
}

export function expectedCause(id: string): string | undefined {
  return scenarios.find((scenario) => scenario.id === id)?.expect.cause;
}
