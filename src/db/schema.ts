// The enumerations and row types every module uses, whatever the dialect.
export * from './schema/shared.js';
