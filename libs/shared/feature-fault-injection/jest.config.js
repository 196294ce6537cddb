module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-feature-fault-injection',
  rootDir: __dirname,
};
