import { DOCS, type Res } from '../http';
import { checkLimits } from './limits';
import { findOperation, type MatchedOperation } from './spec';
import { checkRequest, checkResponse } from './validate';

export { chars, ANNOTATIONS, ANNOTATION_TITLE, BODY, CHECK_TEXT, LABEL_DESCRIPTION, LABEL_NAME } from './limits';
export { SPEC_PACKAGE } from './spec';

/**
 * `off`: nothing is checked. `report`: requests and responses are checked against GitHub's
 * published contract and violations listed, answers unchanged. `strict`: as `report`, and a
 * violation is answered with 500 and its reason, so a drift fails the run that caused it.
 */
export type ContractMode = 'off' | 'report' | 'strict';
export const CONTRACT_MODES: ContractMode[] = ['off', 'report', 'strict'];

export interface Violation {
  at: string;
  /** `request`: the client sent what GitHub's contract refuses; `response`: the emulator answered off-contract. */
  side: 'request' | 'response';
  method: string;
  path: string;
  /** The published operation id (`issues/update`), when there is one. */
  operation?: string;
  status?: number;
  problems: string[];
}

/** Checks requests and answers of the REST API against the published description and limits. */
export class Contract {
  readonly violations: Violation[] = [];

  constructor(
    public mode: ContractMode,
    private readonly now: () => string
  ) {}

  /**
   * Checks a request before it is handled: the operation must be published, its parameters and
   * body must match the operation's request schema and the documented limits. Returns the
   * operation, and in strict mode the 500 that answers a violating request instead.
   */
  request(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown
  ): { operation?: MatchedOperation; refusal?: Res } {
    if (this.mode === 'off') return {};
    const operation = findOperation(method, path);
    const problems = operation
      ? [...checkRequest(operation, query, body), ...checkLimits(operation.id, body)]
      : [`${method} ${path} is not an operation of GitHub's REST API`];
    if (!problems.length) return { operation };
    return { operation, refusal: this.record({ side: 'request', method, path, operation: operation?.id, problems }) };
  }

  /** Checks an answer to a published operation; in strict mode a violating one becomes a 500. */
  response(operation: MatchedOperation | undefined, method: string, path: string, result: Res): Res {
    if (this.mode === 'off' || !operation) return result;
    const json = result.raw === undefined && result.body !== undefined;
    const problems = checkResponse(operation, result.status, result.body, json);
    if (!problems.length) return result;
    return (
      this.record({ side: 'response', method, path, operation: operation.id, status: result.status, problems }) ??
      result
    );
  }

  clear(): void {
    this.violations.length = 0;
  }

  private record(v: Omit<Violation, 'at'>): Res | undefined {
    this.violations.push({ at: this.now(), ...v });
    if (this.mode !== 'strict') return undefined;
    const what =
      v.side === 'request'
        ? `request to ${v.operation ?? `${v.method} ${v.path}`}`
        : `answer ${v.status} of ${v.operation}`;
    return {
      status: 500,
      body: {
        message: `emulator --contract strict: the ${what} breaks GitHub's published contract: ${v.problems.join('; ')}`,
        documentation_url: DOCS,
        status: '500'
      }
    };
  }
}
