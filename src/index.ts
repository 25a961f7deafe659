export { createHippClient, type HippClient } from './client.js';
export type { UsersResource } from './resources/users.js';
export type { HippPromise } from './internal/api-promise.js';
export type {
  AssignableRole,
  CreateUserRequest,
  CreateUserResponse,
  CreatedUser,
  ErrorBody,
  FetchLike,
  HeadersInitLike,
  HippClientOptions,
  Logger,
  LogLevel,
  Organization,
  RequestOptions,
  User,
  UserRole,
  ValidationErrorBody,
  ValidationIssue,
  WithResponse,
} from './types.js';
export type { components, operations, paths } from '../generated/openapi.js';
export * from './errors/index.js';
