import type {
  AddLabelsToLabelableInput,
  CreateLabelInput,
  RemoveLabelsFromLabelableInput
} from '@octokit/graphql-schema';
import { labelTooLong } from '../../rest/labels';
import { labelView } from '../basic';
import { issueView, repositoryView } from '../issue';
import {
  issueById,
  labelNames,
  missing,
  mutation,
  payload,
  unprocessable,
  type MutationContext,
  type MutationTable
} from './context';

/** GitHub's limit on labels per issue. */
const MAX_LABELS = 100;

/** `addLabelsToLabelable`, `removeLabelsFromLabelable`, `createLabel`. */
export function labelMutations(ctx: MutationContext): MutationTable {
  const { store, actor } = ctx;
  return {
    addLabelsToLabelable: mutation<AddLabelsToLabelableInput>(['labelableId', 'labelIds'], (input) => {
      const { repo, issue } = issueById(store, input.labelableId);
      const names = labelNames(store, repo, input.labelIds);
      if (new Set([...issue.labels, ...names].map((n) => n.toLowerCase())).size > MAX_LABELS)
        throw unprocessable(`An issue can have at most ${MAX_LABELS} labels`);
      store.addLabels(repo, issue, names, actor);
      return payload(ctx, input, { labelable: issueView(store, repo, issue) });
    }),
    removeLabelsFromLabelable: mutation<RemoveLabelsFromLabelableInput>(['labelableId', 'labelIds'], (input) => {
      const { repo, issue } = issueById(store, input.labelableId);
      for (const name of labelNames(store, repo, input.labelIds)) store.removeLabel(repo, issue, name, actor);
      return payload(ctx, input, { labelable: issueView(store, repo, issue) });
    }),
    createLabel: mutation<CreateLabelInput>(['repositoryId', 'name', 'color', 'description'], (input) =>
      createLabel(ctx, input)
    )
  };
}

function createLabel(ctx: MutationContext, input: CreateLabelInput) {
  const { store } = ctx;
  const found = store.byNodeId(input.repositoryId);
  if (!found || found.issue || found.label) throw missing(input.repositoryId);
  if (!/^[0-9a-fA-F]{6}$/.test(input.color)) throw unprocessable('Color is invalid');
  const tooLong = labelTooLong(input.name, input.description);
  if (tooLong) throw unprocessable(tooLong.charAt(0).toUpperCase() + tooLong.slice(1));
  if (store.label(found.repo, input.name)) throw unprocessable('Name has already been taken');
  const label = store.createLabel(found.repo, input.name, input.color, input.description ?? null);
  return payload(ctx, input, { label: labelView(label, found.repo), repository: repositoryView(store, found.repo) });
}
