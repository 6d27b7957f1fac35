// What other modules may read of registration's data (docs/ARCHITECTURE.md, "Module boundaries"). Functions here take the
// database or the caller's transaction and plain arguments, no actor: the calling service has already authorised
// its user. They return plain objects, never Drizzle rows of registration's tables.
export {};
