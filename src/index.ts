export { createHippClient, type HippClient } from './client.js';
export type { UsersResource } from './resources/users.js';
export type {
  AssignableRole,
  CreateUserRequest,
  CreateUserResponse,
  CreatedUser,
  ErrorBody,
  FetchLike,
  HeadersInitLike,
  HippClientOptions,
  Organization,
  RequestOptions,
  User,
  UserRole,
  ValidationErrorBody,
  ValidationIssue,
} from './types.js';
export type { components, operations, paths } from '../generated/openapi.js';
export * from './errors/index.js';
