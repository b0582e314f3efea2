import sdl from '@octokit/graphql-schema/schema.graphql';
import { buildSchema, type GraphQLSchema } from 'graphql';

let schema: GraphQLSchema | undefined;

/**
 * GitHub's published schema, built once per process: about 1.3 MB of SDL, ~150 ms to build on
 * this machine, paid by the first GraphQL request (or the first caller) and never again.
 */
export function githubSchema(): GraphQLSchema {
  schema ??= buildSchema(sdl, { assumeValidSDL: true });
  return schema;
}
