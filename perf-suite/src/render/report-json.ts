/**
 * report.json: the report model as it is (schemaVersion 1), for machines: the PR bot reads it.
 * Non-finite numbers (a median of no samples) become null, as JSON has no NaN.
 *
 * Owns: the JSON form. Must not: change the model.
 */
import type { Report } from '../analysis/report.js';

export function renderJson(report: Report): string {
  return JSON.stringify(report, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
}
