import type { Outcome } from '../model';
import type { Attributes } from '../xml';
import type { Dialect, ReaderContext } from './dialect';

const OUTCOMES: Record<string, Outcome> = {
  success: 'passed',
  passed: 'passed',
  warning: 'passed',
  failure: 'failed',
  failed: 'failed',
  error: 'errored',
  cancelled: 'skipped',
  notrunnable: 'skipped',
  ignored: 'skipped',
  inconclusive: 'skipped',
  skipped: 'skipped',
  explicit: 'skipped'
};

/** NUnit 2 (`<test-results>`) and 3 (`<test-run>`): `<test-suite>`s of `<test-case>`s. */
export function nunitDialect(): Dialect {
  return {
    format: 'nunit',
    elements: [
      'test-run',
      'test-results',
      'test-suite',
      'test-case',
      'failure',
      'message',
      'stack-trace',
      'reason',
      'output',
      'properties',
      'property'
    ],
    testCase: 'test-case',
    suites: ['test-suite'],
    collectors: ['failure', 'message', 'stack-trace'],
    open
  };
}

function open(r: ReaderContext, name: string, a: Attributes): void {
  if (name === 'test-suite') r.openSuite(a('name') ?? '');
  else if (name === 'test-case') openCase(r, a);
  else if (r.current && (name === 'failure' || name === 'message' || name === 'stack-trace')) {
    if (name === 'failure') r.current.failure = true;
    r.collect();
  }
}

/**
 * NUnit 2 may give only `success`, or only `executed` and a <failure> child; NUnit 3's
 * label="Error" stays a failure, as NUnit itself counts it.
 */
function openCase(r: ReaderContext, a: Attributes): void {
  const success = (a('success') ?? '').toLowerCase();
  const result = (a('result') ?? (success === 'true' ? 'success' : success === 'false' ? 'failure' : '')).toLowerCase();
  let outcome: Outcome | undefined = result
    ? Object.hasOwn(OUTCOMES, result)
      ? OUTCOMES[result]
      : 'skipped'
    : undefined;
  if ((a('executed') ?? '').toLowerCase() === 'false' && outcome !== 'failed' && outcome !== 'errored')
    outcome = 'skipped';
  const full = a('fullname') ?? a('name') ?? '';
  const classname = a('classname') ?? (full.includes('.') ? full.slice(0, full.lastIndexOf('.')) : '');
  r.openCase(classname, a('name') ?? full, outcome);
}
