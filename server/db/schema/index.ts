export * from './centre.js';
export * from './auth.js';
export * from './audit.js';
export * from './platform.js';
export * from './calendar.js';
export * from './people.js';
export * from './plans.js';
export * from './registration.js';
