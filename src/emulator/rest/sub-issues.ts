import { HttpError, invalid, invalidField, notFound, page } from '../http';
import { fieldsOf } from '../json';
import { issueOf, ok, route, type Route } from './router';
import { issueJson } from './shapes';

export const subIssueRoutes: Route[] = [
  route('GET', '/repos/{o}/{r}/issues/{n}/sub_issues', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    const paged = page(req, store.children(repo, issue));
    return { ...paged, body: paged.body.map((c) => issueJson(req.base, store, c.repo, c.issue)) };
  }),
  // Takes the child's numeric id, not its number; answers with the parent, as GitHub does. The
  // child may live in another repository of the same owner.
  route('POST', '/repos/{o}/{r}/issues/{n}/sub_issues', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    const b = fieldsOf(req.body);
    const id = b.sub_issue_id;
    if (typeof id !== 'number') invalidField('Issue', 'sub_issue_id', 'missing_field');
    const child = store.byId(id) ?? notFound();
    if (child.issue.pull || issue.pull)
      invalid('Validation Failed', [
        {
          resource: 'Issue',
          field: 'sub_issue_id',
          code: 'invalid',
          message: 'pull requests cannot be sub-issues or parents'
        }
      ]);
    const problem = store.addSubIssue(repo, issue, child.issue, Boolean(b.replace_parent), child.repo);
    if (problem)
      invalid('Validation Failed', [{ resource: 'Issue', field: 'sub_issue_id', code: 'custom', message: problem }]);
    return {
      status: 201,
      body: issueJson(req.base, store, repo, issue),
      headers: { location: `${req.base}/repos/${repo.owner}/${repo.name}/issues/${issue.number}/sub_issues` }
    };
  }),
  route('DELETE', '/repos/{o}/{r}/issues/{n}/sub_issue', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    const child = store.byId(Number(fieldsOf(req.body).sub_issue_id));
    if (!child || !store.removeSubIssue(issue, child.issue, repo, child.repo)) notFound();
    return ok(issueJson(req.base, store, repo, issue));
  }),
  route('PATCH', '/repos/{o}/{r}/issues/{n}/sub_issues/priority', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    const numberOf = (id: unknown) => {
      const found = store.byId(Number(id));
      if (!found) return undefined;
      const link = store.linkTo(repo, found.repo, found.issue);
      return issue.subIssues.includes(link) ? link : undefined;
    };
    const { sub_issue_id, after_id, before_id } = fieldsOf(req.body);
    const child = numberOf(sub_issue_id) ?? notFound();
    if ((after_id == null) === (before_id == null))
      throw new HttpError(422, 'Exactly one of after_id or before_id must be given');
    const anchor = numberOf(after_id ?? before_id);
    if (anchor === undefined || anchor === child)
      throw new HttpError(422, 'after_id or before_id must name another sub-issue of this issue');
    const rest = issue.subIssues.filter((n) => n !== child);
    rest.splice(rest.indexOf(anchor) + (after_id != null ? 1 : 0), 0, child);
    issue.subIssues = rest;
    return ok(issueJson(req.base, store, repo, issue));
  }),
  route('GET', '/repos/{o}/{r}/issues/{n}/parent', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    const parent = store.linked(repo, issue.parent) ?? notFound();
    return ok(issueJson(req.base, store, parent.repo, parent.issue));
  })
];
