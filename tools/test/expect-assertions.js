// Every test must assert something: a test whose body never reaches an `expect` (an empty list looped
// over, a branch not taken, a callback never called) fails instead of passing silently.
beforeEach(() => {
  expect.hasAssertions();
});
