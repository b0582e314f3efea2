import type { Outcome } from '../model';
import type { Attributes } from '../xml';
import type { Dialect, ReaderContext } from './dialect';

const OUTCOMES: Record<string, Outcome> = { pass: 'passed', fail: 'failed', skip: 'skipped', notrun: 'skipped' };

/** xUnit.net v2 (`<assemblies>`): assemblies, collections and classes of `<test result="...">`. */
export function xunitDialect(): Dialect {
  return {
    format: 'xunit',
    elements: [
      'assemblies',
      'assembly',
      'collection',
      'class',
      'test',
      'failure',
      'message',
      'stack-trace',
      'reason',
      'output',
      'traits',
      'trait',
      'errors'
    ],
    testCase: 'test',
    suites: ['assembly', 'collection', 'class'],
    collectors: ['failure'],
    open
  };
}

function open(r: ReaderContext, name: string, a: Attributes): void {
  if (name === 'assembly' || name === 'collection' || name === 'class') r.openSuite(a('name') ?? '');
  else if (name === 'test') {
    const result = (a('result') ?? '').toLowerCase();
    const outcome = Object.hasOwn(OUTCOMES, result) ? OUTCOMES[result]! : 'skipped';
    r.openCase(a('type') ?? '', a('name') ?? a('method') ?? '', outcome);
  } else if (r.current && name === 'failure') r.collect();
}
