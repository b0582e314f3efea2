import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The copy-paste workflows of examples/workflows/ (the README shows them verbatim). The demo runs
 * each event with a token holding exactly the `permissions:` of the workflow a user would have
 * for it, so the story only succeeds if those blocks are enough; the emulator logs what each
 * request needed, which the permissions test uses to prove they are also no more than needed.
 */
export interface Workflow {
  file: string;
  /** The events of its `on:` key. */
  events: string[];
  permissions: Record<string, string>;
  /** A step checks the repository out: the config and reports are in the workspace. */
  checkout: boolean;
}

export function loadWorkflows(dir: string): Workflow[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const doc = parse(readFileSync(file, 'utf8')) as {
        on?: unknown;
        permissions?: unknown;
        jobs?: Record<string, { steps?: { uses?: string }[] }>;
      };
      const on = doc.on;
      const events =
        typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys((on as object) ?? {});
      if (!doc.permissions || typeof doc.permissions !== 'object')
        throw new Error(`${file}: no permissions: block (the default token's permissions are not minimal)`);
      const steps = Object.values(doc.jobs ?? {}).flatMap((job) => job.steps ?? []);
      const checkout = steps.some((step) => /^actions\/checkout@/.test(step.uses ?? ''));
      return { file, events, permissions: doc.permissions as Record<string, string>, checkout };
    });
}

/** The workflow that handles an event; `workflow_dispatch` goes with the nightly schedule. */
export function workflowFor(workflows: Workflow[], eventName: string): Workflow {
  const found = workflows.find((w) => w.events.includes(eventName));
  if (!found) throw new Error(`no workflow in examples/workflows/ runs on ${eventName}`);
  return found;
}

/** An emulator token with exactly these permissions (see src/emulator/permissions.ts). */
export function tokenOf(permissions: Record<string, string>): string {
  return `permissions:${Object.entries(permissions)
    .map(([scope, level]) => `${scope}=${level}`)
    .join(',')}`;
}
