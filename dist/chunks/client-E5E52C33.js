import {
  GraphqlError,
  GraphqlIncompleteError,
  LIMIT_ERRORS,
  RateLimitError,
  createGitHub,
  graphqlEndpoint,
  isLoopback
} from "./chunk-4AJW5KZ2.js";
import "./chunk-EZ5FSSUK.js";
import "./chunk-ICBU4LL7.js";
export {
  GraphqlError,
  GraphqlIncompleteError,
  LIMIT_ERRORS,
  RateLimitError,
  createGitHub,
  graphqlEndpoint,
  isLoopback
};
