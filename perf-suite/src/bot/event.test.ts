import { describe, expect, test } from 'vitest';
import { pullRequestOfEvent, type EventReading } from './event.js';

const repo = (full_name: string) => ({ full_name });

const cases: Array<[string, unknown, EventReading]> = [
  [
    'pull_request from the same repository',
    { action: 'synchronize', number: 5, pull_request: { number: 5, head: { repo: repo('o/r') }, base: { repo: repo('o/r') } } },
    { ok: true, pr: { number: 5, fromFork: false } },
  ],
  [
    'pull_request from a fork',
    { number: 6, pull_request: { number: 6, head: { repo: repo('someone/r') }, base: { repo: repo('o/r') } } },
    { ok: true, pr: { number: 6, fromFork: true } },
  ],
  [
    'pull_request from a deleted fork (head.repo null)',
    { pull_request: { number: 7, head: { repo: null }, base: { repo: repo('o/r') } } },
    { ok: true, pr: { number: 7, fromFork: true } },
  ],
  ['pull_request without a number', { pull_request: {} }, { ok: false, reason: 'the pull_request payload has no number' }],
  [
    'issue_comment on a pull request',
    { action: 'created', issue: { number: 8, pull_request: { url: 'https://api.github.com/repos/o/r/pulls/8' } }, comment: { body: '/perf' } },
    { ok: true, pr: { number: 8, fromFork: false } },
  ],
  ['issue_comment on an issue', { issue: { number: 9 }, comment: { body: '/perf' } }, { ok: false, reason: '#9 is an issue, not a pull request' }],
  ['workflow_run of a same-repository pull request', { workflow_run: { id: 1, pull_requests: [{ number: 10 }] } }, { ok: true, pr: { number: 10, fromFork: false } }],
  [
    'workflow_run of a fork (GitHub leaves pull_requests empty)',
    { workflow_run: { id: 1, pull_requests: [] } },
    { ok: false, reason: 'the workflow_run payload names no pull request (GitHub leaves it empty for forks): pass --pr' },
  ],
  ['push', { ref: 'refs/heads/main' }, { ok: false, reason: 'the event is not about a pull request (no pull_request, issue or workflow_run in the payload): pass --pr' }],
  ['not an object', [1, 2], { ok: false, reason: 'the event payload is not a JSON object' }],
  ['a number that is not a positive integer', { pull_request: { number: -3 } }, { ok: false, reason: 'the pull_request payload has no number' }],
];

describe('pullRequestOfEvent', () => {
  test.each(cases)('%s', (_name, payload, expected) => {
    expect(pullRequestOfEvent(payload)).toEqual(expected);
  });
});
