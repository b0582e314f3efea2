import { actionRoutes } from './actions';
import { checkRoutes } from './checks';
import { commentRoutes } from './comments';
import { contentRoutes } from './contents';
import { issueRoutes } from './issues';
import { labelRoutes } from './labels';
import { planningRoutes } from './planning';
import { pullRoutes } from './pulls';
import { repoRoutes } from './repos';
import type { Handler, Route } from './router';
import { subIssueRoutes } from './sub-issues';
import { timelineRoutes } from './timeline';

export { artifactZip, downloadPath } from './actions';
export type { Handler, Route } from './router';

// Comments first: `issues/comments/{id}` must not be read as issue number "comments".
const routes: Route[] = [
  ...repoRoutes,
  ...labelRoutes,
  ...commentRoutes,
  ...issueRoutes,
  ...timelineRoutes,
  ...subIssueRoutes,
  ...planningRoutes,
  ...pullRoutes,
  ...contentRoutes,
  ...checkRoutes,
  ...actionRoutes
];

/** Finds the handler for a request; params are URL-decoded path segments (undefined: GitHub's 404). */
export function match(
  method: string,
  path: string
): { handler: Handler; params: string[]; write: boolean } | undefined {
  for (const r of routes) {
    if (r.method !== method) continue;
    const m = r.pattern.exec(path);
    if (m) {
      try {
        return { handler: r.handler, params: m.slice(1).map((p) => decodeURIComponent(p)), write: r.write };
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
