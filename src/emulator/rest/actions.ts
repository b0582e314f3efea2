import { strToU8, zipSync } from 'fflate';
import { notFound, wrappedPage, type Req } from '../http';
import type { Artifact, Repo, WorkflowRun } from '../store';
import { ok, repoOf, route, type Route } from './router';
import { repoJson } from './shapes';

const zips = new WeakMap<Artifact, Buffer>();

/** An artifact as the real zip GitHub serves, built from the seed's files (once: large artifacts take a while to compress). */
export function artifactZip(a: Artifact): Buffer {
  let zip = zips.get(a);
  if (!zip)
    zips.set(
      a,
      (zip = Buffer.from(zipSync(Object.fromEntries(Object.entries(a.files).map(([p, t]) => [p, strToU8(t)])))))
    );
  return zip;
}

/** Where the emulator serves an artifact's zip: outside the API, like GitHub's blob storage. */
export const downloadPath = (repo: Repo, a: Artifact) => `/_emulator/download/${repo.owner}/${repo.name}/${a.id}.zip`;

/** The emulator keeps no upload times; artifacts never expire in it. */
const ARTIFACT_TIME = '2025-01-01T00:00:00Z';

function artifactJson(req: Req, repo: Repo, a: Artifact) {
  const api = `${req.base}/repos/${repo.owner}/${repo.name}/actions/artifacts/${a.id}`;
  const run = repo.workflowRuns.find((w) => w.id === a.runId);
  return {
    id: a.id,
    node_id: Buffer.from(`Artifact:${a.id}`).toString('base64'),
    name: a.name,
    size_in_bytes: artifactZip(a).length,
    url: api,
    archive_download_url: `${api}/zip`,
    expired: false,
    created_at: ARTIFACT_TIME,
    updated_at: ARTIFACT_TIME,
    expires_at: '2099-01-01T00:00:00Z',
    workflow_run: {
      id: a.runId,
      repository_id: repo.id,
      head_repository_id: repo.id,
      ...(run ? { head_branch: run.headBranch, head_sha: run.headSha } : {})
    }
  };
}

/** A workflow run (`workflow-run`): the emulator models the fields the action reads, and fills the rest plainly. */
function workflowRunJson(req: Req, repo: Repo, run: WorkflowRun) {
  const api = `${req.base}/repos/${repo.owner}/${repo.name}`;
  const url = `${api}/actions/runs/${run.id}`;
  const repository = repoJson(req.base, repo);
  const minimalRepo = { id: repo.id, url: api, name: repo.name };
  return {
    id: run.id,
    node_id: Buffer.from(`WorkflowRun:${run.id}`).toString('base64'),
    name: 'CI',
    display_title: 'CI',
    run_number: run.id,
    run_attempt: 1,
    path: '.github/workflows/ci.yml',
    workflow_id: 1,
    head_sha: run.headSha,
    head_branch: run.headBranch,
    event: run.event,
    status: 'completed',
    conclusion: 'success',
    url,
    html_url: `https://github.com/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
    created_at: ARTIFACT_TIME,
    updated_at: ARTIFACT_TIME,
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${api}/check-suites/${run.id}`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    artifacts_url: `${url}/artifacts`,
    workflow_url: `${api}/actions/workflows/1`,
    head_commit: null,
    pull_requests: run.pullRequests.map((n) => {
      const issue = repo.issues.get(n);
      const pull = issue?.pull;
      return {
        id: issue?.id ?? n,
        number: n,
        url: `${api}/pulls/${n}`,
        head: { ref: pull?.headRef ?? run.headBranch, sha: pull?.headSha ?? run.headSha, repo: minimalRepo },
        base: { ref: pull?.baseRef ?? repo.defaultBranch, sha: pull?.baseSha ?? run.headSha, repo: minimalRepo }
      };
    }),
    repository,
    head_repository: repository
  };
}

export const actionRoutes: Route[] = [
  route('GET', '/repos/{o}/{r}/actions/runs/{id}', (req, store) => {
    const repo = repoOf(store, req);
    const run = repo.workflowRuns.find((w) => w.id === Number(req.params[2])) ?? notFound();
    return ok(workflowRunJson(req, repo, run));
  }),
  route('GET', '/repos/{o}/{r}/actions/runs/{id}/artifacts', (req, store) => {
    const repo = repoOf(store, req);
    const name = req.query.get('name');
    const list = repo.artifacts.filter((a) => a.runId === Number(req.params[2]) && (!name || a.name === name));
    return wrappedPage(
      req,
      'artifacts',
      list.map((a) => artifactJson(req, repo, a))
    );
  }),
  route('GET', '/repos/{o}/{r}/actions/artifacts', (req, store) => {
    const repo = repoOf(store, req);
    const name = req.query.get('name');
    return wrappedPage(
      req,
      'artifacts',
      repo.artifacts.filter((a) => !name || a.name === name).map((a) => artifactJson(req, repo, a))
    );
  }),
  route('GET', '/repos/{o}/{r}/actions/artifacts/{id}', (req, store) => {
    const repo = repoOf(store, req);
    return ok(artifactJson(req, repo, repo.artifacts.find((a) => a.id === Number(req.params[2])) ?? notFound()));
  }),
  route('GET', '/repos/{o}/{r}/actions/artifacts/{id}/{format}', (req, store) => {
    const repo = repoOf(store, req);
    if (req.params[3] !== 'zip') notFound();
    const artifact = repo.artifacts.find((a) => a.id === Number(req.params[2])) ?? notFound();
    return { status: 302, headers: { location: `${req.base}${downloadPath(repo, artifact)}` } };
  })
];
