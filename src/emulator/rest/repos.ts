import { ok, repoOf, route, type Route } from './router';
import { repoJson } from './shapes';

export const repoRoutes: Route[] = [
  route('GET', '/repos/{o}/{r}', (req, store) => ok(repoJson(req.base, repoOf(store, req))))
];
